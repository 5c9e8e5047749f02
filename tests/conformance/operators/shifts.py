# << and >> on small and negative ints.
print(1 << 0, 1 << 1, 1 << 10, 3 << 4)
print(1024 >> 3, 1023 >> 3, 1 >> 1, 0 >> 5)
print(-1 >> 1, -2 >> 1, -3 >> 1, -16 >> 2, -17 >> 2)
print(-1 << 4, -5 << 2)
print(1 << 62, 1 << 63, 1 << 64)
print(255 << 56, (255 << 56) >> 56)
print(True << 3, False >> 1)
x = 1
x <<= 5
print(x)
x >>= 2
print(x)
for a, b in [(1, -1), (1.5, 1), (1, 1.5), ("a", 1)]:
    try:
        print(a << b)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(8 >> -2)
except ValueError as e:
    print("ValueError", e)
