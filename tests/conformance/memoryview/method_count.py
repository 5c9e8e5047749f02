# 3.14: memoryview.count() is new in 3.14 (test_count)
import array
m = memoryview(b"aaaaaccc")
print(m.count(ord("a")), m.count(ord("b")), m.count(ord("c")))
print(m.count(b"a"), m.count("a"), m.count(97.0), m.count(True))
s = memoryview(b"XaaaaacccY")[1:9]
print(s.count(ord("a")), s[::2].count(ord("a")), s[::-1].count(ord("c")))
d = memoryview(array.array("d", [1.0, 2.0, 1.0, float("nan")]))
print(d.count(1), d.count(1.0), d.count(3.0), d.count(float("nan")))
c = memoryview(b"abca").cast("c")
print(c.count(b"a"), c.count(97))
print(memoryview(b"").count(0), memoryview(bytearray(b"\x01\x00\x01")).cast("?").count(True))
for x in memoryview(b"abcdef"):
    print(x, memoryview(b"abcdef").count(x), end="; ")
print()
