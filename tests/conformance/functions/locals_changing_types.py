# Locals that hold ints, then other values, then ints again: each read sees the last value stored.
def mixed(n):
    x = 0
    out = []
    for i in range(n):
        if i % 3 == 0:
            x = i
        elif i % 3 == 1:
            x = str(i)
        else:
            x = None if i % 2 else True
        out.append(x)
    return out, x


print(mixed(8))


def grows():
    s = 2 ** 62
    for i in range(4):
        s += s
        print(type(s).__name__, s)
    s = s - s
    print(type(s).__name__, s)
    return s


grows()


def deleted():
    v = 5
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print("read:", e)
    try:
        del v
    except UnboundLocalError as e:
        print("del:", e)
    v = 7
    return v


print(deleted())


def loop_variable():
    for k in range(3):
        pass
    j = k
    k = "done"
    return j, k


print(loop_variable())


def bool_and_int():
    flag = True
    total = 0
    for i in range(5):
        total += flag
        flag = not flag
    return total, flag, type(total).__name__


print(bool_and_int())


def unbound_int(cond):
    if cond:
        w = 1
    return w


print(unbound_int(True))
try:
    unbound_int(False)
except UnboundLocalError as e:
    print(e)


def captured():
    c = 1
    def inner():
        return c + 1
    c = 10
    return inner()


print(captured())
