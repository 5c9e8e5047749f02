# A syntax error on the last line: the whole file is compiled first, so nothing prints.
x = 1
y = 2
print("never printed: the whole file is compiled first")
z = x +* y
