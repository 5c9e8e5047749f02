# Self-referencing containers print [...] and {...}; 100000-deep nesting is RecursionError for ==.
import sys

def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)

def g(n):
    try:
        return g(n + 1)
    finally:
        pass

try:
    g(0)
except RecursionError as e:
    print("finally", type(e).__name__, e)

def h(n):
    try:
        return h(n + 1)
    except RecursionError:
        raise

try:
    h(0)
except RecursionError as e:
    print("reraise", type(e).__name__, e)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))

lam = lambda n: lam(n)
try:
    lam(1)
except RecursionError as e:
    print("lambda", e)

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual", e)

l = []
l.append(l)
print(l, repr(l))
d = {}
d[1] = d
print(d)
l2 = [l, [l]]
print(l2)

nested = []
for i in range(100000):
    nested = [nested]
try:
    print(nested == nested)
except RecursionError as e:
    print("eq nested", e)
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("eq nested2", e)
print("recovered", depth(500))
