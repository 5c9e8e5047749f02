# reversed over sequences and ranges; it does not accept arbitrary iterators.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(0, 10, 3))))
print("".join(reversed("stressed")), list(reversed(b"ab")), list(reversed(bytearray(b"xy"))), list(reversed([])))
print(list(reversed({"a": 1, "b": 2})))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
