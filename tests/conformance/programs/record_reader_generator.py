# A record reader over a buffer written as a generator, as issue 14 motivates: fixed-size records
# unpacked from a memoryview, filtered and summarised lazily.
import struct

RECORD = struct.Struct("<HhI")
raw = bytearray()
for i in range(12):
    raw += RECORD.pack(i, (i * 37) % 200 - 100, i * i * 1000)

def records(buf, size=RECORD.size):
    view = memoryview(buf)
    for offset in range(0, len(view), size):
        yield RECORD.unpack_from(view, offset)

def positive(rows):
    for ident, delta, amount in rows:
        if delta > 0:
            yield ident, delta, amount

rows = records(raw)
print(next(rows))
print(sum(1 for _ in rows))
print(list(positive(records(raw))))
total = sum(amount for _, _, amount in records(raw))
print(total, max(delta for _, delta, _ in records(raw)))
by_parity = {}
for ident, delta, amount in records(raw):
    by_parity.setdefault(ident % 2, []).append(delta)
print(by_parity)
gen = records(raw[:RECORD.size * 2])
print(list(gen), list(gen))
