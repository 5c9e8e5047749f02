# and/or return one of their operands, not a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print([] and [1], [0] and [1], None or 0, 0 or None)
print(0 or "" or [] or "last", 1 and "x" and [])
print(repr("" and 1), repr(0.0 or ""))

def t(name, value):
    print("eval", name)
    return value

print(t("a", 0) and t("b", 1))
print(t("a", 1) or t("b", 1))
print(t("a", 1) and t("b", 0) or t("c", "c"))
x = None
name = x or "anonymous"
print(name)
print(not 0, not 1, not "", not "a", not [], not None)
print(type(not 0).__name__)
print(1 and 2 or 3, 0 and 2 or 3, not 1 or 2)
