# raise ... from sets __cause__ and __suppress_context__; from None hides the context.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input " + repr(s)) from e
try:
    convert("x")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("replaced") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise IndexError("direct") from KeyError("cause")
except IndexError as e:
    print(repr(e), repr(e.__cause__), e.__context__)
err = RuntimeError("fresh")
print(err.__cause__, err.__context__, err.__suppress_context__)
