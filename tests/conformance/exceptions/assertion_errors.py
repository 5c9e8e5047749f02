# AssertionError from assert and raised directly.
def validate(x):
    assert isinstance(x, int), "expected int, got " + type(x).__name__
    assert x >= 0, x
    return x
for v in [5, "s", -3, 2.5]:
    try:
        print(validate(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
try:
    raise AssertionError
except AssertionError as e:
    print(repr(e), str(e) == "", e.args)
