# Found by tests/fuzz: bytearray item assignment checks the value before the index, as CPython does.
b = bytearray(3)
for index, value in [(5, 256), (-9, -1), (5, 1), (1, 300), (1, 255), (-1, 7), (3, b'a'), (2**70, 1), ('x', 1)]:
    try:
        b[index] = value
        print(index, 'ok', b)
    except (ValueError, IndexError, TypeError) as e:
        print(index, type(e).__name__, e)
