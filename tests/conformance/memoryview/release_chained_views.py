# Views of a view register with the same exporter: releasing one leaves the others usable,
# and the exporter stays locked until all are released.
x = bytearray(b"123")
with memoryview(x) as m1:
    def catch22(b):
        with memoryview(b) as m2:
            pass
    catch22(m1)
    print(m1[0] == ord(b"1"))
m1 = memoryview(x)
m2 = memoryview(m1)
m3 = m1[1:]
m1.release()
print(m2.tolist(), m3.tolist())
try:
    x.append(0)
except BufferError as e:
    print("BufferError", e)
m2.release()
try:
    x.append(0)
except BufferError as e:
    print("BufferError", e)
m3.release()
x.append(52)
print(x)
