# Error messages of min and max.
cases = [lambda: min([]), lambda: max(()), lambda: min(), lambda: max(5), lambda: min(1, "a"),
         lambda: max([1, None]), lambda: min(1, 2, default=0), lambda: max("", default=1, key=len),
         lambda: min([1, 2], key=5)]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
