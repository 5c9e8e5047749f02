# str.join over any iterable of str.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]))
print(" ".join("abc"), ", ".join(("one", "two")), "|".join(["solo"]))
print("::".join(str(i) for i in range(5)))
print("".join([c.upper() for c in "shout"]))
print("ab".join(["1", "2", "3"]))
print("\n".join(["line1", "line2"]))
print(",".join({"k1": 1, "k2": 2}))
for bad in [[1, 2], ["a", None], ["a", b"b"], 5]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError", e)
