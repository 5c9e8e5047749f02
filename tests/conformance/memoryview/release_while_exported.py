# release() is refused with BufferError while the view exports buffers of its own.
ba = bytearray(b"abc")
m = memoryview(ba)
x = m.__buffer__(0)
try:
    m.release()
except BufferError as e:
    print("BufferError", e)
y = m.__buffer__(0)
try:
    m.release()
except BufferError as e:
    print("BufferError", e)
print(m.tolist(), x.tolist(), x.obj is m, x.readonly)
x.release()
try:
    m.release()
except BufferError as e:
    print("BufferError", e)
y.release()
m.release()
print(repr(m)[:9])
ba.append(0)
print(ba)
