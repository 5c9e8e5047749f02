# A view over a large buffer reads and writes at both ends without copying.
b = bytearray(100000)
m = memoryview(b)
print(len(m), m.nbytes, m[0], m[-1])
m[99999] = 7
m[-100000] = 9
print(b[0], b[-1], sum(m), m[50000:50003].tolist())
s = m[::1000]
print(len(s), s.strides, s[99])
