# cast() needs a str format and at most a shape; keywords are format= and shape=.
m = memoryview(bytes(120)).cast("B", [1, 2, 3, 4, 5])
f = memoryview(bytes(120))
calls = [lambda: f.cast(), lambda: f.cast(1, 2, 3), lambda: f.cast({}), lambda: f.cast(1), lambda: f.cast(b"B"),
         lambda: f.cast(None), lambda: f.cast("B", [120], 1), lambda: f.cast("B", size=1),
         lambda: f.cast(fmt="B"), lambda: m.cast()]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
