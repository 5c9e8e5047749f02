# tolist(), tobytes(), toreadonly() and release() check their arguments.
m = memoryview(b"ab")
calls = [lambda: m.tolist(1), lambda: m.tolist(x=1), lambda: m.toreadonly(1), lambda: m.release(1),
         lambda: m.tobytes("C", 1), lambda: m.tobytes(foo="C"), lambda: m.hex(":", 1, 2), lambda: m.__enter__(1)]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
