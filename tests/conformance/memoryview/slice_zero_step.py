# A zero step is a ValueError for reading and for assignment.
m = memoryview(bytearray(b"abcdef"))
for f in [lambda: m[::0], lambda: m[0:2:0], lambda: m[slice(0, 2, 0)]]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
def assign():
    m[0:2:0] = b"xy"
try:
    assign()
except ValueError as e:
    print("ValueError", e)
print(m.tobytes())
