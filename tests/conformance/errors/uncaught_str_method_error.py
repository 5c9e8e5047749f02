# A str method raising ValueError.
s = "hello"
print(s.index("l"))
print(s.index("z"))
