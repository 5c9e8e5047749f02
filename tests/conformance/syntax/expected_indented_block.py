# A block header followed by an unindented line.
if True:
print("not indented")
