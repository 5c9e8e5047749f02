# 3.14: memoryview.count() and memoryview.index() are new in 3.14; their refusals
z = memoryview(b"abcd").cast("i", [])
nd = memoryview(b"abcd").cast("B", [2, 2])
r = memoryview(b"abcd")
r.release()
m = memoryview(b"abcd")
for v in [z, nd, r]:
    for f in [lambda: v.count(97), lambda: v.index(97)]:
        try:
            f()
            print("ok")
        except (TypeError, NotImplementedError, ValueError) as e:
            print(type(e).__name__)
for f in [lambda: m.count(), lambda: m.count(1, 2), lambda: m.index(), lambda: m.index(97, None),
          lambda: m.index(97, 0, 1.5), lambda: m.index(97, 0, 4, 1)]:
    try:
        print(f())
    except TypeError:
        print("TypeError")
