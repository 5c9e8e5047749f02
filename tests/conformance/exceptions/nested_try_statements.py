# Inner handlers run first; unhandled exceptions travel outward through each finally.
def level3():
    try:
        raise ValueError("deep")
    finally:
        print("finally 3")
def level2():
    try:
        level3()
    except TypeError:
        print("not this one")
    finally:
        print("finally 2")
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught", e)
        return "handled"
    finally:
        print("finally 1")
print(level1())
try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner handled")
        raise IndexError("new")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught", repr(e))
