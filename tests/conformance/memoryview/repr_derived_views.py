# Every kind of view has the same repr shape.
import array
b = bytearray(16)
for v in [memoryview(b), memoryview(b)[1:], memoryview(b).cast("i", [2, 2]), memoryview(b)[:4].cast("i", []),
          memoryview(array.array("d", [1.0])), memoryview(b).toreadonly()]:
    r = repr(v)
    print(r[:r.index(" at ")], "0x" in r, f"{v!r}" == r, f"{v}" == r)
