# *args collects extra positional arguments into a tuple.
def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)
print(total(), total(1), total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def pass_through(*args):
    return total(*args)
print(pass_through(4, 5))
def mixed(a, b=2, *args):
    return a, b, args
print(mixed(1), mixed(1, 3), mixed(1, 3, 5, 7))
print(max(*[3, 9, 2]), "-".join([*"ab", *["c"]]))
