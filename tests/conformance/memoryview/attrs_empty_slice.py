# Empty slices have shape (0,), nbytes 0, and count as contiguous.
import array
for obj in [b"abcdef", bytearray(b"abcdef"), array.array("q", range(6))]:
    m = memoryview(obj)
    for s in [m[3:3], m[5:1], m[::-1][3:3], m[1:1:-1], m[10:]]:
        print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous, s.tolist())
