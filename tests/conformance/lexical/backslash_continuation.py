# A backslash at the end of a line joins it with the next one.
x = 1 + \
    2 + \
    3
print(x)

if x > 5 and \
   x < 10:
    print("between")

long_name = "alpha" \
    "beta"
print(long_name)

y = \
7
print(y)

def f(a, b):
    return a * \
        b
print(f(6, \
        7))
z = [1, 2] + \
    [3]
print(z)
