# An array cannot shrink while a view exports it.
import array
a = array.array("d", [1.0, 2.0, 3.0, 4.0])
m = memoryview(a)
def delitem():
    del a[0]
def delslice():
    del a[1:3]
def imul0():
    global a
    a *= 0
def slice_resize():
    a[0:2] = array.array("d", [9.0])
for name, f in [("pop", lambda: a.pop()), ("pop(0)", lambda: a.pop(0)), ("remove", lambda: a.remove(2.0)),
                ("del item", delitem), ("del slice", delslice), ("*= 0", imul0), ("slice resize", slice_resize)]:
    try:
        f()
        print(name, "ok")
    except BufferError as e:
        print(name, "BufferError", e)
print(a, m.tolist())
