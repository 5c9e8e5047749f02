# Functions are values: stored, passed, returned, compared, and carry a __name__.
def square(x):
    return x * x
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3), apply_twice(lambda s: s + "!", "hi"))
table = {"sq": square, "neg": lambda x: -x, "abs": abs}
print([table[k](-4) for k in ["sq", "neg", "abs"]])
print(square.__name__, (lambda: 0).__name__, len.__name__)
alias = square
print(alias is square, alias(5), alias == square)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, square, abs)(-3))
print(sorted([-3, 1, -2], key=square), [square(v) for v in [1, 2]])
