# != is always the negation of == for pairs of views and exporters.
import array
objs = [b"ab", bytearray(b"ab"), array.array("B", b"ab"), array.array("b", b"ab"), array.array("h", [97, 98]),
        b"ac", b"abc", array.array("d", [97.0, 98.0])]
ok = True
count = 0
for x in objs:
    m = memoryview(x)
    for y in objs + [memoryview(y) for y in objs]:
        count += 1
        if (m == y) == (m != y):
            ok = False
print(count, ok)
print([memoryview(x) == b"ab" for x in objs])
