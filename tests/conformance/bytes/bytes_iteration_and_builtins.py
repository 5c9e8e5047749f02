# Builtins applied to bytes: list, sum, max, sorted, reversed, enumerate, zip.
b = b"\x03\x01\x02"
print(list(b), sum(b), max(b), min(b), sorted(b), list(reversed(b)))
print(list(enumerate(b"ab")), list(zip(b"ab", b"xy")))
print(bytes(sorted(b"hello")), bytes(reversed(b"abc")), any(b"\x00"), all(b"\x01\x02"))
print([chr(c) for c in b"ABC"], "".join(chr(c) for c in b"hi"))
