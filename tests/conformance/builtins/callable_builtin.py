# callable() on functions, builtins, methods, types and plain values.
def f():
    return 1
for v in [f, lambda: 0, len, print, "".upper, [].append, int, str, ValueError, type, 1, "s", None, [], (), {}, range(1)]:
    print(type(v).__name__, callable(v))
