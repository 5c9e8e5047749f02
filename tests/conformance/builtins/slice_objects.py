# slice objects: repr, attributes, use as subscripts, equality.
for s in [slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice(-3, None), slice("a", "b")]:
    print(repr(s), s.start, s.stop, s.step)
a = list(range(10))
s = slice(2, 8, 3)
print(a[s], "abcdefghij"[s], b"abcdefghij"[s], tuple(a)[s], range(10)[s])
a[slice(0, 2)] = ["x"]
print(a)
del a[slice(None, None, 2)]
print(a)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(0, 10, 3).indices(5), slice(None, None, -1).indices(4))
try:
    slice()
except TypeError as e:
    print("TypeError", e)
