# pack_into's argument checks: count first, then the buffer, then the offset.
import struct

buf = bytearray(10)

def attempt(*args):
    try:
        print(struct.pack_into(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt()
attempt('i')
attempt('i', buf)
attempt('i', buf, 2)
attempt('i', buf, 2, 1, 2)
attempt('ii', buf, 2, 1)
attempt('i', buf, 'a', 1)
attempt('i', buf, 2.0, 1)
attempt('i', buf, None, 1)
attempt('i', 'abc', None, 1)
attempt('i', buf, 2 ** 70, 1)
attempt('i', buf, -2 ** 70, 1)
attempt('i', buf, True, 1)
attempt(b'', buf, None)
s = struct.Struct('i')
for args in [(), (buf,), (buf, 0), (buf, 0, 1, 2)]:
    try:
        s.pack_into(*args)
    except struct.error as e:
        print('Struct:', e)
print(buf)
