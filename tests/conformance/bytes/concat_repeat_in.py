# + and * build new bytes; in accepts ints and sub-bytes.
a = b"ab"
print(a + b"cd", a + bytearray(b"!"), a * 3, 0 * a, a * -1, a + b"")
print(type(a + bytearray(b"x")).__name__, type(bytearray(b"x") + a).__name__)
print(b"b" in a, 97 in a, b"" in a, b"ba" in a, 0 in a)
try:
    print(300 in a)
except ValueError as e:
    print("ValueError", e)
try:
    print("a" in a)
except TypeError as e:
    print("TypeError", e)
try:
    print(a + "c")
except TypeError as e:
    print("TypeError", e)
try:
    print(a + 1)
except TypeError as e:
    print("TypeError", e)
print(a == b"ab", a == bytearray(b"ab"), a != b"abc", a < b"b", a == "ab")
