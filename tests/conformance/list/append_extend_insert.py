# Growing lists: append, extend with any iterable, insert at any index.
a = []
a.append(1)
a.append([2, 3])
a.append(None)
print(a, len(a))
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
a.extend({"k": 1})
print(a)
b = [1, 2, 3]
b.insert(0, "first")
b.insert(2, "middle")
b.insert(-1, "before last")
b.insert(100, "end")
b.insert(-100, "start")
print(b)
b.extend(b)
print(len(b), b[-1])
try:
    a.extend(5)
except TypeError as e:
    print("TypeError", e)
