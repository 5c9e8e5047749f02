# print with sep and end, including None, empty strings and multi-character values.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print("a", "b", sep=None, end=None)
print()
print("", "")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, b"b", sep="|")
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], sep="never shown")
print("end", end="\n\n")
print("sep only", sep="XYZ")
for i in range(3):
    print(i, end=" ")
print()
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
