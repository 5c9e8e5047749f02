# strip, lstrip, rstrip with default whitespace and explicit character sets.
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), repr("x".strip("x")))
print("  a b  ".strip(None), "\u3000full\u3000".strip())
print("123abc321".strip("0123456789"))
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError", e)
