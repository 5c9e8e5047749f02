# float() accepts many spellings and rejects the rest with exact messages.
for s in ["1.5", "  -2.25  ", "+3", "1e3", "1E-3", ".5", "5.", "1_000.000_1", "inf", "-Infinity",
          "nan", "NAN", "1e400", "-1e400", "1e-400", "0x10" , "1.5.5", "", " ", "abc", "1,5",
          "1e", "e5", "--1", "1_", "_1", "\t42\n", "0.1", "007"]:
    try:
        print(repr(s), "->", repr(float(s)))
    except ValueError as e:
        print(repr(s), "->", "ValueError:", e)
print(float(), float(3), float(-7), float(True), float(2**80))
for bad in [None, [1.0], (1,)]:
    try:
        print(float(bad))
    except TypeError as e:
        print("TypeError:", e)
print(float(b"2.5"), float(bytearray(b"-1e2")))
