# Leaving a with block while the view is exported raises BufferError at exit.
b = bytearray(b"123")
try:
    with memoryview(b) as m:
        ex = m.__buffer__(0)
        print("inside", m[0])
    print("not reached")
except BufferError as e:
    print("BufferError", e)
print(m.tolist(), ex.tolist())
ex.release()
m.release()
print(repr(m)[:9])
