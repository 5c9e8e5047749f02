# global lets a function rebind a module-level name.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
def create():
    global created
    created = "made inside"
create()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def two():
    global g1, g2
    g1, g2 = 1, 2
two()
print(g1, g2)
