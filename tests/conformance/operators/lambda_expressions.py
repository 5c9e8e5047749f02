# lambda: anonymous functions with defaults and closures.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(1))
print(type(square).__name__)
print((lambda x: (lambda y: x + y))(3)(4))
