# hex, oct and bin of ints of every sign and size, and of bools.
for v in [0, 1, -1, 7, 8, 15, 16, 255, -255, 2**32, 2**64 - 1, -2**63, True, False]:
    print(v, hex(v), oct(v), bin(v))
for bad in [1.5, "10", None, [1]]:
    for f in [hex, oct, bin]:
        try:
            print(f(bad))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
