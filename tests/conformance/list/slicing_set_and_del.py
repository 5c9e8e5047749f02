# Slice assignment can resize; extended slices need matching lengths; del removes.
a = list(range(10))
a[2:4] = ["a", "b", "c"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [99]
print(a)
a[3:7] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = ["p", "q", "r", "s"]
print(a)
del a[0]
del a[-2:]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[1:2] = range(5)
print(b)
b[:] = (7, 8)
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError", e)
del b[:]
print(b)
