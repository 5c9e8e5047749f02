# A hash computed before release survives it; a first hash after release fails (test_hash).
b = b"abcdef"
m = memoryview(b)
h = hash(m)
print(h == hash(b"abcdef"))
m.release()
print(hash(m) == h)
m = memoryview(b)
m.release()
try:
    hash(m)
except ValueError as e:
    print("ValueError", e)
