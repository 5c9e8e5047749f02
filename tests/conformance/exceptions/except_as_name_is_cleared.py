# The name bound by except ... as is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError", err)
saved = None
try:
    raise KeyError("keep")
except KeyError as exc:
    saved = exc
print("saved", repr(saved))
