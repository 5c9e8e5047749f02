# A 1-D view accepts a one-int tuple; longer tuples are an error.
m = memoryview(b"abc")
print(m[(0,)], m[(-1,)], m[1,])
for key in [(0, 0), (), (0, 0, 0), ("a",), (0.5,), (3,)]:
    try:
        print(key, m[key])
    except Exception as e:
        print(key, type(e).__name__, e)
