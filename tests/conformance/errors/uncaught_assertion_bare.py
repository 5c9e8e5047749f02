# A failing assert without a message: the last line is just the type.
x = 3
assert x == 3
print("first assert passed")
assert x == 4
