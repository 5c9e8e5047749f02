# Generator pipelines, as programs write them.
lines = """alpha 3
beta 10
# comment
gamma 7

delta 1""".split("\n")

def non_blank(rows):
    for row in rows:
        row = row.strip()
        if row and not row.startswith("#"):
            yield row

def parsed(rows):
    for row in rows:
        name, count = row.split()
        yield name, int(count)

def running_total(pairs):
    total = 0
    for name, count in pairs:
        total += count
        yield name, total

print(list(running_total(parsed(non_blank(lines)))))

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(take(6, evens)))

def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
print(dict(parsed(non_blank(lines))))
