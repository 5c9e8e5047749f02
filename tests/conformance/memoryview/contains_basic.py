# `in` compares the items with ==, so ints match format 'B' and bytes do not.
m = memoryview(b"abc")
print(97 in m, 100 in m, b"a" in m, "a" in m, 97.0 in m, True in memoryview(b"\x01"), None in m)
c = memoryview(b"abc").cast("c")
print(b"a" in c, 97 in c, b"ab" in c)
print(0 in memoryview(b""), 2 not in memoryview(bytes(range(10)))[::2])
