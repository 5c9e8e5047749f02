# A string literal that runs to the end of the line.
print("abc)
