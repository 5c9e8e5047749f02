# The del statement on view items, slices and tuples; the exporter is untouched.
b = bytearray(b"abcdef")
m = memoryview(b)
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
def d1():
    del m[1]
def d2():
    del m[1:4]
def d3():
    del m[::2]
def d4():
    del m[-1]
for f in [d1, d2, d3, d4]:
    attempt(f)
print(b, len(m))
del m
print(b)
