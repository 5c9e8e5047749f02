# Shrinking lists: pop, remove, clear, and their errors.
a = list(range(10))
print(a.pop(), a.pop(0), a.pop(3), a.pop(-2), a)
a.remove(5)
print(a)
b = [1, 2, 1, 2]
b.remove(2)
print(b)
b.clear()
print(b, len(b))
for f, label in [(lambda: [].pop(), "pop empty"), (lambda: [1].pop(1), "pop 1"),
                 (lambda: [1].pop(-2), "pop -2"), (lambda: [1].remove(2), "remove 2"),
                 (lambda: [1].pop("0"), "pop str")]:
    try:
        print(label, f())
    except (IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
