# An array of typecode 'w' exports format 'w', which memoryview can describe but not unpack.
import array
a = array.array("w", "ab")
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.nbytes, m.readonly)
print(m.tobytes() == a.tobytes(), len(m))
for f in [lambda: m[0], lambda: m.tolist(), lambda: list(m), lambda: m[0:1].tolist()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(m.cast("B").tolist() == list(a.tobytes()))
print(m[1:].nbytes, m[::-1].format)
