# Every augmented assignment operator on names, subscripts and attributes of containers.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 7; print(x)
x /= 2; print(x)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 3
print(lst)
d = {"a": 1}
d["a"] += 1
d["b"] = d.get("b", 0) + 5
print(d)
nested = [[0, 0], [0, 0]]
nested[1][0] -= 4
print(nested)
s = "ab"
s += "cd"
s *= 2
print(s)
