# str.encode to utf-8 (default), ascii and latin-1, and the errors it raises.
print("hello".encode(), "héllo".encode(), "héllo".encode("utf-8"), "€".encode("utf-8"))
print("😀".encode(), len("😀".encode()), "".encode())
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf8"), "x".encode("UTF-8"))
print(list("é☃".encode()))
try:
    "é".encode("ascii")
except ValueError:
    print("ValueError")
print("hé".encode("ascii", "replace"), "hé".encode("ascii", "ignore"))
print("hé".encode().decode(), "hé".encode("latin-1").decode("latin-1"))
