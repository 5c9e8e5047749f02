# Float operations that overflow: ** raises, * and + give inf.
print(1e308 * 10, 1e308 + 1e308, -1e308 * 10)
for f in [lambda: 2.0 ** 10000, lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: 1e200 ** 2,
          lambda: 2 ** 1024.0, lambda: 10.0 ** -400, lambda: 1.5 ** 1000, lambda: 1.0000001 ** 10**10]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e)
print(float(2**1023), float(-2**1023))
