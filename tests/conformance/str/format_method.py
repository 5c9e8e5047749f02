# str.format with positional, numbered and named fields (no format specs).
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{} and {name}".format("first", name="named"))
print("{{literal}} {}".format("x"))
print("{0}{0}{0}".format("ab"))
print("{}".format([1, "a"]), "{}".format(None), "{}".format(1.5), "{}".format("s"))
print("{0!r} {0!s}".format("quoted"))
print("{0[0]} {0[1]}".format(["x", "y"]), "{d[k]}".format(d={"k": "v"}))
print("no fields".format(1, 2))
for fmt, args in [("{} {}", (1,)), ("{2}", (1, 2)), ("{x}", ()), ("{", ()), ("}", ()), ("{0} {}", (1, 2))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(fmt, type(e).__name__, e)
