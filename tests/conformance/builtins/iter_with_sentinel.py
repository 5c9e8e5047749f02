# iter(callable, sentinel) calls until the sentinel comes back, and never again afterwards.
state = [0]
def counter():
    state[0] += 1
    return state[0]
it = iter(counter, 4)
print(next(it), list(it), next(it, "done"), state[0])
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
