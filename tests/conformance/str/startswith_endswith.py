# startswith/endswith with single strings, tuples and bounds.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".tar.gz")), s.endswith(()))
print(s.startswith("name", 4), s.endswith("tar", 0, 12), s.startswith("", 100))
print("".startswith(""), "".endswith("a"), "abc".startswith("abc"), "abc".startswith("abcd"))
print(s.startswith("gz", -2), s.endswith("file", -100, 4))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError", e)
try:
    s.endswith(1)
except TypeError as e:
    print("TypeError", e)
