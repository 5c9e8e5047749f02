# readonly follows the exporter and toreadonly(), through slices, casts and re-views.
import array
ro = memoryview(b"abcd")
rw = memoryview(bytearray(b"abcd"))
ar = memoryview(array.array("B", b"abcd"))
for m in [ro, rw, ar]:
    print(m.readonly, m[1:].readonly, m[::2].readonly, m.cast("c").readonly,
          memoryview(m).readonly, m.toreadonly().readonly, m.toreadonly()[1:].readonly,
          memoryview(m.toreadonly()).readonly, m.toreadonly().cast("B", [2, 2]).readonly)
print(type(ro.readonly).__name__)
