# Every derived view keeps the exporter locked until it is released.
b = bytearray(b"abcdefgh")
m = memoryview(b)
derived = [m[1:], m[::2], m.cast("c"), m.cast("B", [2, 4]), m.toreadonly(), memoryview(m)]
m.release()
for d in derived:
    try:
        b.append(0)
        print("appended")
    except BufferError as e:
        print("BufferError", e)
    d.release()
b.append(0)
print(len(b))
