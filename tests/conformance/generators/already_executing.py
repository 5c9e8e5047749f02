# A generator cannot be resumed from inside itself; gi_running shows it running.
def selfish():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)
    yield "after"

me = selfish()
print(me.gi_running)
print(next(me))
print(next(me))
print(me.gi_running)

def sender():
    yield g.send(None)

g = sender()
try:
    next(g)
except ValueError as e:
    print(e)
print(next(g, "finished"))

def thrower():
    yield t.throw(KeyError)
t = thrower()
try:
    next(t)
except ValueError as e:
    print(e)

def closer():
    c.close()
    yield 1
c = closer()
try:
    next(c)
except ValueError as e:
    print(e)
def again():
    yield from a
a = again()
next(a)
