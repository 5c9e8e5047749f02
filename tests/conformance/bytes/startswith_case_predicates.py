# startswith/endswith, upper/lower and the is* predicates on bytes (ASCII only).
b = b"Hello World"
print(b.startswith(b"Hell"), b.endswith(b"rld"), b.startswith((b"x", b"H")), b.endswith(b"o", 0, 5))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"\xe9abc".upper(), b"ABC\xc9".lower())
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"".isdigit())
print(b"ABC".isupper(), b"abc".islower(), b"\xe9".isalpha())
try:
    b.startswith("H")
except TypeError as e:
    print("TypeError", e)
