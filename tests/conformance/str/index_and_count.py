# index/rindex raise ValueError; count counts non-overlapping occurrences.
s = "banana"
print(s.index("a"), s.rindex("a"), s.index("na"), s.rindex("na"), s.index("a", 2))
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("x"))
print(s.count("a", 2), s.count("a", 2, 4), "".count(""), "aaaa".count("aa"))
for args in [("x",), ("a", 6), ("b", 1), ("n", 0, 2)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("index", args, "ValueError", e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("rindex", args, "ValueError", e)
