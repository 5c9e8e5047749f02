# repr() and str() on nested containers mixing str and other values.
data = {"name": "O'Brien", "tags": ["a", 'b"c'], "raw": b"\x00\xff", "n": (1, 2.0, None)}
print(repr(data))
print(str(data))
print(repr(repr("x")), str(repr("x")), repr(str(5)), repr([str(1), repr(1)]))
print(repr(["\n", "\\", "\x07"]), [repr("\t")])
print(len(repr(data)), repr(data) == str(data))
