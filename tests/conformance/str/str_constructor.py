# str() of every type, and str(bytes, encoding).
print(str(), str(42), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)), str({}))
print(str(b"abc"), str(bytearray(b"x")), str(range(3)), str(...), str(slice(1, 2)))
print(str(b"h\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(str("already"), str(str("nested")))
print(str(10**20), str(1e20), str(-0.0), str(float("inf")))
print(type(str(5)).__name__, len(str(12345)))
try:
    str(b"\xff", "utf-8")
except ValueError:
    print("ValueError")
