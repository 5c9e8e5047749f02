# Iterating over a 1-D view yields its items in order.
m = memoryview(b"abc")
for x in m:
    print(x)
it = iter(m)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(type(it).__name__, iter(it) is it)
print(list(memoryview(b"")), [x * 2 for x in memoryview(bytearray(b"\x01\x02"))])
