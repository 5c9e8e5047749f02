# After release() every operation on the view raises ValueError.
import struct
m = memoryview(bytearray(b"abcdefgh"))
m.release()
def setitem():
    m[0] = 1
def setslice():
    m[0:1] = b"x"
def augmented():
    m[0] += 1
ops = [lambda: bytes(m), lambda: bytearray(m), lambda: m.tobytes(), lambda: m.tolist(), lambda: m.hex(),
       lambda: m[0], lambda: m[0:1], lambda: m[0, 0], lambda: m[...], setitem, setslice, augmented,
       lambda: len(m), lambda: m.cast("B"), lambda: m.toreadonly(), lambda: memoryview(m), lambda: hash(m),
       lambda: 97 in m, lambda: list(m), lambda: reversed(m), lambda: m.__enter__(), lambda: m.__buffer__(0),
       lambda: int.from_bytes(m, "big"), lambda: struct.unpack_from("B", m), lambda: bytearray(b"x") + m,
       lambda: b"x".join([m, m])]
for i, op in enumerate(ops):
    try:
        op()
        print(i, "ok")
    except (ValueError, TypeError) as e:
        print(i, type(e).__name__, e)
