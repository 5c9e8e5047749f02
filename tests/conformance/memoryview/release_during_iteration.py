# Releasing a view while iterating over it makes the next step fail.
m = memoryview(bytearray(b"abc"))
it = iter(m)
print(next(it))
m.release()
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
m = memoryview(bytearray(b"abcdef"))
seen = []
try:
    for x in m:
        seen.append(x)
        if len(seen) == 2:
            m.release()
except ValueError as e:
    print("ValueError", e)
print(seen)
