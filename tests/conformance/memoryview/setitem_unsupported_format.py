# Views whose format memoryview cannot pack refuse item assignment.
import array
m = memoryview(array.array("w", "ab"))
for f in [lambda: m.__setitem__(0, "x"), lambda: m.__setitem__(0, 1), lambda: m.__setitem__(slice(0, 1), m[1:2])]:
    try:
        f()
        print("ok", m.tobytes() == array.array("w", "bb").tobytes())
    except Exception as e:
        print(type(e).__name__, e)
