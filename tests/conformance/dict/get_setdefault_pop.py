# get, setdefault, pop and popitem with defaults and errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("a"), d.pop("z", "default"), d)
print(d.popitem(), d.popitem(), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
for label, f in [("pop missing", lambda: d.pop("zz")), ("popitem empty", lambda: {}.popitem()),
                 ("get no args", lambda: d.get())]:
    try:
        print(label, f())
    except (KeyError, TypeError) as e:
        print(label, type(e).__name__, e)
