# Unpacking the wrong number of values or a non-iterable.
for label, f in [("too few", lambda: [1, 2]), ("none", lambda: []), ("int", lambda: 5), ("None", lambda: None)]:
    try:
        a, b, c = f()
        print(label, a, b, c)
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError:
    print("too many: ValueError")
try:
    (a, b), c = [1, 2]
except TypeError as e:
    print("TypeError", e)
