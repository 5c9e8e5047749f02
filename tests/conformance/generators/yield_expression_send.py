# yield as an expression: send() delivers a value into the suspended yield.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    print("received", received)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(next(g, "n/a") if False else g.send("c"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)

def accumulate():
    total = 0
    while True:
        value = yield total
        total += value

acc = accumulate()
next(acc)
for v in [1, 2, 3, 10]:
    print(acc.send(v))

def printer():
    while True:
        print("got", (yield))

p = printer()
p.send(None)
p.send(1)
p.send("two")
p.send([3])

g = echo()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
