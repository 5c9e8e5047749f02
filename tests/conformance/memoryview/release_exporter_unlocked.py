# Once every view is released the bytearray and the array can resize again.
import array
b = bytearray(b"ab")
a = array.array("i", [1])
mb = memoryview(b)
ma = memoryview(a)
for f in [lambda: b.append(1), lambda: a.append(2)]:
    try:
        f()
    except BufferError as e:
        print("BufferError", e)
mb.release()
ma.release()
b.append(99)
a.append(2)
print(b, a)
with memoryview(b) as m:
    with memoryview(a) as n:
        print(m.tolist(), n.tolist())
b.extend(b"!")
a.extend([3])
print(b, a)
