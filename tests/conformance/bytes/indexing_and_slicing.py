# Indexing bytes gives ints; slicing gives bytes.
b = b"abcdefgh"
print(b[0], b[-1], type(b[0]).__name__, b[1:4], b[::-1], b[::2], b[-3:], b[5:2], b[2:100])
print(b[slice(1, None, 3)], b[:0], b[7:0:-3])
for i in [8, -9]:
    try:
        print(b[i])
    except IndexError as e:
        print("IndexError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    print(b["x"])
except TypeError as e:
    print("TypeError", e)
for x in b"hi":
    print(x)
print(list(b"\x00\xff"), tuple(b"ab"))
