# Exceptions are ordinary objects: stored, compared, passed around and raised later.
errors = [ValueError("v"), KeyError("k"), IndexError(3)]
print([type(e).__name__ for e in errors], [e.args for e in errors])
print(isinstance(errors[1], LookupError), isinstance(errors[0], LookupError))
def pick(i):
    raise errors[i]
for i in range(3):
    try:
        pick(i)
    except LookupError as e:
        print("lookup", repr(e), e is errors[i])
    except ValueError as e:
        print("value", repr(e))
kinds = (ValueError, TypeError)
try:
    raise kinds[1]("chosen at runtime")
except kinds as e:
    print(type(e).__name__, e)
print(ValueError("x") == ValueError("x"), ValueError.__name__, type(ValueError("a")) is ValueError)
