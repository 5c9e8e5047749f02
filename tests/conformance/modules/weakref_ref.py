# weakref.ref: calling it gives the referent while something else keeps it alive and None once gc.collect() found
# it unreachable; the callback then runs once with the reference. Only some types can be referenced weakly.
import gc
import weakref
import array
import struct


class Node:
    pass


def make():
    return Node()


n = Node()
r = weakref.ref(n)
print(r() is n, type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType, r.__callback__)
calls = []
r2 = weakref.ref(make(), calls.append)
gc.collect()
print(r2(), len(calls), calls[0] is r2 if calls else None, r2.__callback__)
gc.collect()
print(len(calls))

def cycle():
    node = Node()
    node.me = node
    return weakref.ref(node)


rc = cycle()
gc.collect()
print(rc())

def f():
    pass

m = memoryview(b"abc")
for obj in (f, Node, m, array.array("b"), struct.Struct("i"), {1}, frozenset(), r):
    try:
        print(type(obj).__name__, weakref.ref(obj)() is obj)
    except TypeError as e:
        print(type(obj).__name__, e)
for obj in (1, "s", (1,), [1], {}, b"x", bytearray(), None, 1.5, True):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__)
print(repr(weakref.ref(n)).startswith("<weakref at 0x"), "to 'Node'" in repr(weakref.ref(n)))
