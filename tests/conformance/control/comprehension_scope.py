# Comprehension variables do not leak; they can read enclosing names.
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
factor = 10
print([n * factor for n in range(3)])
def make():
    base = 5
    return [base + i for i in range(3)]
print(make())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print({k: [k * j for j in range(k)] for k in range(4)})
total = sum([i for i in range(5)])
print(total)
try:
    print(i)
except NameError as e:
    print("NameError", e)
