# Lambdas passed to sorted, min, max and each other.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])))
apply = lambda f, *args, **kw: f(*args, **kw)
print(apply(pow, 2, 10), apply(sorted, [3, 1, 2], reverse=True))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
