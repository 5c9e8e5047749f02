# copy is independent; reverse is in place; slices of bytearray are bytearrays.
ba = bytearray(b"abcdef")
c = ba.copy()
c[0] = 90
print(ba, c, ba is c)
ba.reverse()
print(ba)
print(ba[1:4], type(ba[1:4]).__name__, ba[::-2], ba[0], ba[-1])
s = ba[:]
s.append(33)
print(ba, s)
