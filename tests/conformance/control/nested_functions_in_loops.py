# Defining functions inside loops: closures capture variables, defaults capture values.
by_value = []
by_reference = []
for i in range(3):
    def f(x=i):
        return x
    def g():
        return i
    by_value.append(f)
    by_reference.append(g)
print([f() for f in by_value], [g() for g in by_reference])
def make_multipliers():
    result = []
    for n in range(1, 4):
        def mul(x, n=n):
            return x * n
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])
