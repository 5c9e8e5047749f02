# A 0-dim view is read with m[()] or m[...]; an int index is refused.
import array
m = memoryview(array.array("d", [12.5])).cast("B").cast("d", [])
print(m[()])
e = m[...]
print(e is m, e == m, e.ndim)
for k in [0, -1, slice(None), (0,), (0, 0), 1.0]:
    try:
        print(m[k])
    except Exception as ex:
        print(repr(k), type(ex).__name__, ex)
