# Yields inside nested loops, if/elif/else, break, continue and loop else clauses.
def grid(n):
    for i in range(n):
        if i == 1:
            continue
        for j in range(n):
            if j > i:
                break
            yield i, j
        else:
            yield "inner else", i
    else:
        yield "outer else"

print(list(grid(3)))

def classify(values):
    for v in values:
        if v < 0:
            yield "neg"
        elif v == 0:
            yield "zero"
            yield "really zero"
        else:
            if v % 2:
                yield "odd"
            else:
                yield "even"
    yield "end"

print(list(classify([-1, 0, 3, 4])))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
        if n == 2:
            continue
    else:
        yield "liftoff"

print(list(countdown(4)))

def while_break():
    k = 0
    while True:
        k += 1
        if k % 2:
            continue
        yield k
        if k >= 6:
            break
    yield "broke"

print(list(while_break()))

def side_effects():
    calls = []
    def test(v):
        calls.append(v)
        return v
    if test(True):
        yield "a"
        yield "b"
    while test(len(calls) < 4):
        yield len(calls)
    yield calls

print(list(side_effects()))

def multi_statement():
    a = 1
    yield a
    b = a + 1
    yield b
    c = b + 1
    yield a, b, c

print(list(multi_statement()))

def loop_over_dict():
    d = {"x": 1, "y": 2}
    for k, v in d.items():
        yield k * v

print(list(loop_over_dict()))
