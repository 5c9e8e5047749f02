# N-D item assignment errors: bounds per dimension, arity, key types, sub-views.
m = memoryview(bytearray(12)).cast("B", [3, 4])
def put(k, v):
    try:
        m[k] = v
        print(repr(k), "ok")
    except Exception as e:
        print(repr(k), type(e).__name__, e)
for k in [(3, 0), (-4, 0), (0, 4), (0, -5), (2 ** 64, 0), (0, 2 ** 64)]:
    put(k, 0)
for k in [(0, 0, 0), (0.0, 0.0), (0,), ()]:
    put(k, 0)
put(0, [2, 3])
put(0, 1)
put(slice(0, 1), b"abcd")
put((slice(0, 1), slice(0, 1)), b"a")
put((0, 0), 256)
put((0, 0), "x")
print(m.tolist())
