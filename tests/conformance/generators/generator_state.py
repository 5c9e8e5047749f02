# gi_running, gi_suspended, gi_frame and gi_yieldfrom through a generator's life.
def states():
    print("running inside:", g.gi_running, g.gi_suspended)
    yield 1
    print("running again:", g.gi_running)
    yield from inner()

def inner():
    yield "inner"

g = states()
print("created:", g.gi_running, g.gi_suspended, g.gi_frame is None, g.gi_yieldfrom)
next(g)
print("suspended:", g.gi_running, g.gi_suspended, g.gi_frame is None)
next(g)
print("delegating:", g.gi_yieldfrom.__name__)
print(list(g))
print("finished:", g.gi_running, g.gi_suspended, g.gi_frame, g.gi_yieldfrom)
h = states()
h.close()
print("closed before start:", h.gi_suspended, h.gi_frame)
try:
    g.gi_running = True
except AttributeError as e:
    print("AttributeError")
