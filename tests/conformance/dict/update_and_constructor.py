# dict() and update() from mappings, pairs and keyword arguments.
print(dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", range(2))))
print(dict([("k", 1), ("k", 2)]), dict(((1, 2), [3, 4])), dict([]))
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4, a=0)
d.update()
print(d)
for label, arg in [("ints", [1, 2]), ("triples", [(1, 2, 3)]), ("int", 5), ("strs", ["ab", "c"])]:
    try:
        print(label, dict(arg))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
