# Assigning and deleting single items with positive and negative indexes.
a = [0, 1, 2, 3, 4]
a[0] = "zero"
a[-1] = "four"
print(a)
del a[1]
del a[-2]
print(a)
a[1] += 10
print(a)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del a[10]
except IndexError as e:
    print("IndexError", e)
try:
    print(a[-10])
except IndexError as e:
    print("IndexError", e)
try:
    a["0"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del a[1.5]
except TypeError as e:
    print("TypeError", e)
print(a)
