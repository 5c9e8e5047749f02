# a if cond else b evaluates only the chosen branch.
for n in [-2, 0, 3]:
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print(1 if [] else 2, 1 if [0] else 2)

def t(v):
    print("eval", v)
    return v

print(t("yes") if t(True) else t("no"))
print(t("yes") if t(0) else t("no"))
x = (lambda: 5) if True else None
print(x())
print([i if i % 2 else -i for i in range(5)])
print((1 if True else 2) + 10)
