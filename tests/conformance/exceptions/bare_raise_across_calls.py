# A bare raise re-raises the exception being handled, also from a function the handler calls.
def again():
    raise
def handle():
    try:
        {}["k"]
    except KeyError:
        again()
try:
    handle()
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
def inner():
    try:
        raise ValueError("inner")
    except ValueError:
        pass
    raise
try:
    try:
        raise TypeError("outer")
    except TypeError:
        inner()
except TypeError as e:
    print("outer again", e)
