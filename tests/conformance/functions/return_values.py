# return with no value, one value, several values; falling off the end returns None.
def nothing():
    pass
def bare():
    return
def one():
    return 1
def several():
    return 1, "two", [3]
def early(x):
    if x < 0:
        return "negative"
    for i in range(10):
        if i == x:
            return "found " + str(i)
    return "not found"
print(nothing(), bare(), one(), several(), type(several()).__name__)
a, b, c = several()
print(a, b, c)
print(early(-1), early(3), early(20))
def returns_function():
    return len
print(returns_function()("abc"))
