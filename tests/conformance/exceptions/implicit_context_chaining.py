# An exception raised while handling another gets it as __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(repr(e), repr(e.__context__))
def nested():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
try:
    nested()
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
