# Tuples cannot change; their errors name the tuple type.
t = (1, 2, 3)
for label, f in [("index 9", lambda: t[9]), ("index str", lambda: t["0"]), ("index value", lambda: t.index(9)),
                 ("concat list", lambda: t + [4]), ("mul float", lambda: t * 1.5), ("lt", lambda: t < ("a",))]:
    try:
        print(label, f())
    except (IndexError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError", e)
