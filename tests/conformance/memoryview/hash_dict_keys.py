# Hashable views work as dict keys interchangeably with equal bytes.
d = {}
d[memoryview(b"ab")] = 1
d[b"cd"] = 2
print(d[b"ab"], d[memoryview(b"cd")], memoryview(b"ab") in d, b"ab" in d, len(d))
d[b"ab"] = 3
print(len(d), d[memoryview(b"ab")])
m = memoryview(b"xyz")
print(hash(m) == hash(m), hash(m[:]) == hash(m))
