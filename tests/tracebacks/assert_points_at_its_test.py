def f(x):
    assert x > 1, "too small"
f(0)
