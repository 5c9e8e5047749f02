# pow(base, exp, mod), including negative exponents (modular inverse).
print(pow(2, 10, 1000), pow(3, 4, 5), pow(2, 100, 17))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(2, -1, 5), pow(10, -2, 7))
print(pow(12345678901234567890, 98765, 1000000007))
print(pow(5, 0, 7), pow(5, 0, 1), pow(0, 0, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 1.5, 5), (2, 3, 1.5), (0, -1, 5)]:
    try:
        print(args, pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
