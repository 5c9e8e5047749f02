# Converting huge ints to float raises OverflowError.
big = 10**400
for f in [lambda: float(big), lambda: big / 1, lambda: big * 1.0, lambda: 1.0 + big,
          lambda: big / 3, lambda: 1 / big, lambda: big // 10**399, lambda: big / big,
          lambda: 2**1023 * 1.0, lambda: 2**1024 * 1.0, lambda: 10**300 / 2]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e)
