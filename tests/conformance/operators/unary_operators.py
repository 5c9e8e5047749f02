# Unary - + ~ on ints, floats and bools.
for v in [0, 1, -1, 5, -5, 2**64, -2**64]:
    print(v, -v, +v, ~v)
print(-0.0, +0.0, -1.5, +1.5, -(-1.5))
print(-True, +True, ~True, ~False, -False)
print(type(-True).__name__, type(~False).__name__)
print(~~7, - - 7, not not 7)
print(-2**63, ~(2**63 - 1))
for bad in ["s", [1], None, 1.5]:
    try:
        print(~bad)
    except TypeError as e:
        print("TypeError", e)
try:
    print(-"s")
except TypeError as e:
    print("TypeError", e)
try:
    print(+None)
except TypeError as e:
    print("TypeError", e)
