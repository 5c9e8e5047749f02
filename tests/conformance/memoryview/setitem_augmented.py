# Augmented assignment on items reads, computes and packs again.
import array
b = bytearray([1, 2, 250])
m = memoryview(b)
m[0] += 10
m[1] *= 3
m[-1] -= 50
print(b)
try:
    m[2] += 100
except ValueError as e:
    print("ValueError", e)
a = array.array("d", [1.5])
d = memoryview(a)
d[0] /= 4
d[0] **= 2
print(a)
n = memoryview(bytearray(6)).cast("B", [2, 3])
n[1, 2] += 9
n[1, 2] <<= 2
print(n.tolist())
