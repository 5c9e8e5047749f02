# next() lets a StopIteration and its value through, from generators and user iterators alike.
class Custom:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom value")

try:
    next(Custom())
except StopIteration as e:
    print("user iterator:", e.value, e.args)
print(next(Custom(), "default"))
print(list(Custom()))

def gen():
    yield 1
    return ("tuple", "value")

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator:", e.value)
try:
    g.__next__()
except StopIteration as e:
    print("after the end:", e.args)

def gen2():
    return 42
    yield
try:
    gen2().__next__()
except StopIteration as e:
    print("__next__:", e.value)
try:
    gen2().send(None)
except StopIteration as e:
    print("send:", e.value)

class Sub(StopIteration):
    pass
class RaisesSub:
    def __next__(self):
        raise Sub("sub")
try:
    next(RaisesSub())
except StopIteration as e:
    print(type(e).__name__, e.value)
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("list iterator:", e.args, e.value)
