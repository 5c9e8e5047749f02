# Set displays, constructors and repr; int sets print in CPython's table order.
print({3, 1, 2}, set(), frozenset(), frozenset({1}), {1, 2} | {5})
print({10, 2, 33, 8, 1, 100, 7, 64, -1, -2})
a, b = -1, -2
print({10, 2, 33, 8, 1, 100, 7, 64, a, b})
print({a, b, 0}, {b, a, 0})
print(set(range(20)), set(range(100, 0, -7)))
print(frozenset(range(10)), frozenset(range(100, 0, -9)))
print({x * 2 for x in range(5)}, {*range(3), 7}, {x % 3 for x in range(10)})
print({(1, 2), (1, 2), (3,)}, {None, 0}, {1, 1.0, True}, len({1, 1.0, True}))
print(set([2**61 - 1, 2**61, -1, -2, 2**62, 0.5, 1.5, 2.0]))
print(set('aaa'), {'x'}, frozenset(['y']), sorted({'b', 'a', 'c'}), sorted(frozenset('hello')))
print(repr(frozenset({frozenset({1, 2}), 3})), str({1, 2}), f"{frozenset({4})!r}")
print(set({5: 'a', 3: 'b', 100: 'c'}), set((9, 8, 7)), frozenset([1, 2, 1]))
x = frozenset([1, 2])
print(frozenset(x) is x, set(x) is x, type(set(x)).__name__, x.copy() is x)
set = list
print({1, 2}, {i for i in range(3)})
del set
print(set([1]), type({1}).__name__, type(frozenset()).__name__)
print({-1, -2, 0}, {-2, -1, 0}, {0, -2, -1})
def f():
    return {-2, 0, -1}
print(f(), {-2, -1, 1}, {-1, -2, 1}, {-2.0, -1, 1}, {-1, -2.0, 1})
print({(1, 2), -1, -2}, {-2, -1, (1, 2)}, {b'a', -2, -1}, {-1, -2, b'a'})
print({2**61 + 5, 5, 6}, {5, 2**61 + 5, 6}, {True, -1, -2}, {1, -2, -1})
