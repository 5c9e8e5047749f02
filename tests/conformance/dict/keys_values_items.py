# Views reflect later changes and iterate in insertion order.
d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["z"] = 3
print(list(k), list(v), list(it), len(k))
print("x" in k, 2 in v, ("y", 2) in it, ("y", 3) in it)
for key, value in d.items():
    print(key, "->", value)
print(sorted(d.values(), reverse=True), sum(d.values()), max(d))
print(list(zip(d.keys(), d.values())))
del d["x"]
print(k, v, it)
