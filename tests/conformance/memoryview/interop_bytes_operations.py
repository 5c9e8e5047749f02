# bytes and bytearray operations that take buffers accept views.
m = memoryview(b"bc")
print(b"a" + m, bytearray(b"a") + m, m in b"abcd", memoryview(b"x") in b"abcd")
print(b"abcbc".count(m), b"abcbc".find(m), b"abcbc".index(m), b"abcbc".replace(m, b"X"))
print(b"a,b".split(memoryview(b",")), b"xbcx".strip(memoryview(b"x")), b"abc".startswith(memoryview(b"ab")))
ba = bytearray(b"12")
ba += memoryview(b"34")
ba.extend(memoryview(b"56"))
ba[0:1] = memoryview(b"A")
print(ba)
try:
    m + b"x"
except TypeError as e:
    print("TypeError", e)
