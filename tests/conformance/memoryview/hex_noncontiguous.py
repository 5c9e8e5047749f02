# hex() of stepped and reversed views follows the logical order (issue 9951).
x = b"0" * 200000
m1 = memoryview(x)
m2 = m1[::-1]
print(m2.hex() == "30" * 200000, len(m2.hex()))
m = memoryview(bytes(range(10)))
print(m[::3].hex(), m[::-2].hex(), m[::-2].hex(" "), m[7:2:-2].hex(":", 2))
