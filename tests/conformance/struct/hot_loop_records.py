# A hot loop packing and unpacking records with a constant format gives the same result every time.
import struct

rec = struct.Struct('<IhBx')
buf = bytearray(rec.size * 1000)
for i in range(1000):
    rec.pack_into(buf, i * rec.size, i * 7, -i, i % 256)
total = 0
for i in range(1000):
    a, b, c = rec.unpack_from(buf, i * rec.size)
    total += a + b + c
print(total)
acc = 0
for i in range(2000):
    acc ^= struct.unpack('<Q', struct.pack('<Q', i * 2654435761 % 2 ** 64))[0]
print(acc)
count = 0
for a, b, c in rec.iter_unpack(buf):
    count += c
print(count)
