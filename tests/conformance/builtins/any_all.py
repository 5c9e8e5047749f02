# any and all short-circuit and accept any iterable.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any("a"), all(""))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), all(x % 2 for x in [1, 3, 4]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 4)))
try:
    any(5)
except TypeError as e:
    print("TypeError", e)
