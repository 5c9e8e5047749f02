# memoryview.__buffer__ exports the view itself; __release_buffer__ takes it back.
m = memoryview(bytearray(b"ab"))
x = m.__buffer__(0)
print(type(x).__name__, x.obj is m, x.readonly, x.tolist())
try:
    m.release()
except BufferError as e:
    print("BufferError", e)
m.__release_buffer__(x)
try:
    x.tolist()
except ValueError as e:
    print("ValueError", e)
m.release()
print(repr(m)[:9])
r = memoryview(bytearray(2)).toreadonly()
try:
    r.__buffer__(1)
except BufferError as e:
    print("BufferError", e)
