# Indexing with positive and negative indices; slices with steps.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], len(s))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[slice(1, 4)], s[slice(None, None, 3)])
print(s[-3:-1], s[-1:-3:-1], s[0:10:4])
print("é☃😀"[1], "é☃😀"[::-1], len("é☃😀"))
for i in [10, -11, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError", e)
for bad in ["1", 1.0, None]:
    try:
        print(s[bad])
    except TypeError as e:
        print("TypeError", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError", e)
