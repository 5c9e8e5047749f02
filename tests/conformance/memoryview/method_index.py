# 3.14: memoryview.index() is new in 3.14; it follows list.index (test_index)
import array
m = memoryview(b"abcabc")
print(m.index(ord("a")), m.index(ord("c")), m.index(ord("a"), 1), m.index(ord("c"), -2), m.index(98, 0, 2))
print(m.index(97.0), m.index(True * 97), m.index(99, -100, 100))
s = memoryview(b"XabcdefY")[1:7]
l = s.tolist()
k = 12
found = 0
mismatch = 0
for ch in b"abcdefgX":
    for start in range(-k, k):
        for stop in range(-k, k):
            try:
                want = l.index(ch, start, stop)
            except ValueError:
                want = -1
            try:
                got = s.index(ch, start, stop)
            except ValueError:
                got = -1
            found += want != -1
            mismatch += want != got
print(found, mismatch)
d = memoryview(array.array("d", [0.5, 1.0, 1.0]))
print(d.index(1), d.index(1.0, 2), d[::-1].index(0.5))
for args in [(100,), (b"a",), (97, 1, 3), (97, 4), (97, -2)]:
    try:
        print(m.index(*args))
    except ValueError:
        print("ValueError")
