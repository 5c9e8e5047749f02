# A yield among the operands of an expression: the operands before it are evaluated once.
def log(x):
    print("eval", x)
    return x
def g1():
    r = (yield "a") + (yield "b")
    print("sum", r)
    yield r
g = g1()
print(next(g), g.send(1), g.send(2))
def g2():
    for i in range(2):
        out = [log(i), (yield i), log(i * 10)]
        print(out)
print(list(g2()))
def g3():
    d = {log("k"): (yield "v")}
    yield d
g = g3()
next(g)
print(g.send(5))
def g4():
    print(log(1) + (yield 2) * log(3))
g = g4()
next(g)
try:
    g.send(2)
except StopIteration:
    print("g4 done")
def g5():
    x = 0
    while x < 3:
        x = x + (yield x) + 1
    return x
g = g5()
print(next(g), g.send(0), g.send(0))
def g6(flag):
    yield log("t") if flag else (yield "inner")
print(list(g6(True)), list(g6(False)))
def g7(items):
    s = 0
    for v in items:
        s += log(v) * (yield v)
    yield s
g = g7([1, 2])
print(next(g), g.send(10), g.send(100))
