# A module-level name that no longer refers to an object does not keep it alive: after `del` or rebinding, the
# collector frees the object and its weak references go dead.
import gc
import weakref


class Node:
    pass


a = Node()
ra = weakref.ref(a)
del a
gc.collect()
print("after del", ra())
b = Node()
rb = weakref.ref(b)
b = None
gc.collect()
print("after rebinding", rb())
