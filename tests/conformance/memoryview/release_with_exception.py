# An exception inside the with block releases the view and still propagates.
b = bytearray(b"abc")
try:
    with memoryview(b) as m:
        m[0] = ord("X")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e)
print(repr(m)[:9], b)
b.append(ord("d"))
print(b)
def f():
    with memoryview(b) as v:
        return v[0]
print(f(), len(b))
b.append(ord("e"))
print(b)
