# bytes are immutable: no mutating methods, no item deletion; += rebinds. len counts bytes.
b = b"immutable"
print(len(b), len(b""), len(bytes(10)), len("é".encode()))
for op in ["append", "extend", "pop", "reverse"]:
    print(op, hasattr(b, op))
try:
    b.append(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    del b[0]
except TypeError as e:
    print("TypeError", e)
c = b
c += b"!"
print(b, c, b is c)
