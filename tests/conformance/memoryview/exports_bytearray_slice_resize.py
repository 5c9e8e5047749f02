# Slice assignments that change a bytearray's length are refused while exported.
b = bytearray(b"abcdef")
m = memoryview(b)
def grow():
    b[1:2] = b"xyz"
def shrink():
    b[1:3] = b""
def insert():
    b[2:2] = b"!"
def grow_end():
    b[6:] = b"gh"
for name, f in [("grow", grow), ("shrink", shrink), ("insert", insert), ("grow at end", grow_end)]:
    try:
        f()
        print(name, "ok")
    except BufferError as e:
        print(name, "BufferError", e)
print(b, len(m))
