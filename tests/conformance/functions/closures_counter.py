# Closures keep their own copy of the enclosing frame's variables.
def make_counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step
a = make_counter(0)
b = make_counter(100)
print(a(), a(), b(), a(), b())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def outer():
    values = []
    def push(v):
        values.append(v)
        return len(values)
    def peek():
        return values[-1]
    return push, peek
push, peek = outer()
push("x")
push("y")
print(peek(), push("z"), peek())
