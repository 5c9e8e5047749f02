# An exception raised inside an except block: the last line is the second exception.
try:
    [][0]
except IndexError:
    print("handling IndexError")
    {}["k"]
