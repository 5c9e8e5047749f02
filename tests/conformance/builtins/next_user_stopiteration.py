# next() without a default lets the StopIteration of a user __next__ through as it is: value, args, cause.
class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.stop:
            raise StopIteration(self.i, "done")
        return self.i


c = Counter(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(next(c, "default"))
print(list(Counter(3)))


class Raiser:
    def __next__(self):
        raise ValueError("inner")


try:
    next(Raiser())
except ValueError as e:
    print("ValueError", e)
try:
    next(Raiser(), 0)
except ValueError as e:
    print("ValueError with default", e)
