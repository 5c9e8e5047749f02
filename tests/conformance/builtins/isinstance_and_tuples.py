# isinstance with single types, tuples of types and nested tuples; bool is an int.
checks = [(1, int), (True, int), (True, bool), (1, bool), (1.0, float), (1, float), ("s", str), (b"b", bytes),
          (bytearray(), bytes), ([], list), ((), tuple), ({}, dict), (None, type(None)), (range(1), range),
          (1, (str, int)), (1.5, (int, (str, float))), ("s", ()), (ValueError(), Exception),
          (KeyError(), LookupError), (int, type), (len, type)]
for value, types in checks:
    print(repr(value), isinstance(value, types))
for bad in [1, "int", [int]]:
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print("TypeError", e)
