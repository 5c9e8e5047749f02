# The callee, then arguments left to right, positional before keyword as written.
def trace(label, value):
    print("eval", label)
    return value
def f(*args, **kwargs):
    return args, kwargs
print(trace("callee", f)(trace("a", 1), trace("b", 2), k=trace("k", 3)))
print(f(*trace("star", [1, 2]), **trace("starstar", {"x": 1})))
lst = [trace("first", 1), trace("second", 2)]
d = {trace("key1", "k1"): trace("val1", 1), trace("key2", "k2"): trace("val2", 2)}
print(lst, d)
trace("target", lst)[trace("index", 0)] = trace("value", 99)
print(lst)
