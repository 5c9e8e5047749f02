# assert raises AssertionError with an optional message expression.
assert True
assert 1 == 1, "never shown"
for cond, msg in [(False, None), (0, "zero is falsy"), ([], ["list", "message"]), ("", 42)]:
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print("AssertionError", repr(e), e.args, str(e))
def check(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
