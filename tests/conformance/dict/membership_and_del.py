# in, not in and del on dicts; keys of mixed types.
d = {1: "one", "1": "string one", (1,): "tuple one", None: "none"}
print(1 in d, 1.0 in d, True in d, "1" in d, (1,) in d, [1] not in list(d), None in d)
del d[1]
print(d, 1 in d)
d[True] = "true"
print(d)
print("one" in d, "one" in d.values())
