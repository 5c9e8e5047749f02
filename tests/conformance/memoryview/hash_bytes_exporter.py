# Read-only byte views hash like the bytes of their logical contents (test_memoryview_hash).
b = bytes(list(range(12)))
m = memoryview(b)
print(hash(b) == hash(m))
mc = m.cast("c", shape=[3, 4])
print(hash(mc) == hash(b))
mx = m[::-2]
print(hash(mx) == hash(bytes(list(range(12))[::-2])))
print(hash(m[2:5]) == hash(b[2:5]), hash(m.cast("b")) == hash(b), hash(memoryview(b"")) == hash(b""))
