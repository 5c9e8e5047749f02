# The traceback's last line names an exception class by its __qualname__.
class Outer:
    class Failure(ValueError):
        pass

def check():
    class Local(Outer.Failure):
        pass
    try:
        raise Outer.Failure("first")
    except ValueError as e:
        print(type(e).__qualname__, e)
    raise Local("a local class")

check()
