# range argument errors and out-of-range indexing.
for args in [(), (1.5,), ("3",), (1, 2, 0), (1, 2, 3, 4), (None,), (0, 5, 1.0)]:
    try:
        print(range(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
r = range(3)
for i in [3, -4]:
    try:
        print(r[i])
    except IndexError as e:
        print("IndexError", e)
try:
    r.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
