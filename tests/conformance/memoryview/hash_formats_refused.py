# Only the byte formats B, b and c are hashable.
b = bytes(range(16))
for fmt in ["h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "P", "@h", "@B"]:
    try:
        hash(memoryview(b).cast(fmt))
        print(fmt, "hashable")
    except ValueError as e:
        print(fmt, "ValueError", e)
try:
    hash(memoryview(b).cast("L", [2, 1]))
except ValueError as e:
    print("ValueError", e)
