# divmod for ints and floats of every sign; division by zero names only the type.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (2**70, 7), (-2**70, 7), (7.5, 2), (-7.5, 2), (7, 0.5), (1, -0.3)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(a, b, type(e).__name__)
try:
    divmod("7", 2)
except TypeError as e:
    print("TypeError", e)
