# Builtins that consume iterables accept views.
import array
m = memoryview(bytes([5, 3, 9, 1]))
print(sum(m), min(m), max(m), sorted(m), any(m), all(m), tuple(m))
print(list(enumerate(m)), list(zip(m, m[1:])))
d = memoryview(array.array("d", [2.5, -1.0]))
print(sum(d), max(d), sorted(d), sum(x * x for x in d))
