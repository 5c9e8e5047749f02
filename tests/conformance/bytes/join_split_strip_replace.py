# join, split, rsplit, strip, replace on bytes.
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"-".join(b"x" for i in range(3)))
print(b"a b  c".split(), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b"a b c".split(maxsplit=1))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip(), b"abcba".strip(b"ab"))
print(b"one two one".replace(b"one", b"1"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"."))
print(b"k=v".partition(b"="), b"a\nb\r\nc".splitlines())
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    b",".join([1])
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
