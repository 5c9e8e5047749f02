# str/repr of big ints and negative big ints; digit counts.
for e in [10, 19, 20, 50, 100, 300]:
    v = 10**e
    print(e, len(str(v)), len(repr(-v)), str(v - 1)[-5:])
print(2**200)
print(-3**100)
print(repr(7**77))
print(str(-(2**64)))
print(int(str(2**150)) == 2**150)
print(hex(2**100), oct(2**70), bin(2**70))
print(hex(-2**64), bin(-(2**65 + 1)))
print(f"{2**70:,}")
print(f"{2**70:x}")
