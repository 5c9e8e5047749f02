class CM:
    def __init__(self, name, fail_exit=False, swallow=False):
        self.name = name
        self.fail_exit = fail_exit
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        if self.fail_exit:
            raise KeyError(self.name)
        return self.swallow

def show(e):
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__ if e.__context__ else None,
          "| cause:", type(e.__cause__).__name__ if e.__cause__ else None, e.__suppress_context__)

try:
    with CM("a", fail_exit=True):
        raise ValueError("body")
except Exception as e:
    show(e)
    show(e.__context__)

try:
    with CM("b", fail_exit=True):
        pass
except Exception as e:
    show(e)

with CM("c", swallow=True):
    raise ValueError("swallowed")
print("after swallow")

try:
    with CM("outer", fail_exit=True):
        with CM("inner", fail_exit=True):
            raise ValueError("deep")
except Exception as e:
    show(e)
    show(e.__context__)
    show(e.__context__.__context__)

def fin():
    try:
        raise ValueError("try")
    finally:
        raise TypeError("finally")
try:
    fin()
except Exception as e:
    show(e)

def fin_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(fin_return())

def exc_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    exc_in_except()
except Exception as e:
    show(e)

def exc_from():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("second") from e
try:
    exc_from()
except Exception as e:
    show(e)

def exc_from_none():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
try:
    exc_from_none()
except Exception as e:
    show(e)

def nested_finally():
    try:
        try:
            raise ValueError(1)
        finally:
            try:
                raise KeyError(2)
            except KeyError:
                pass
    except ValueError as e:
        show(e)
nested_finally()

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())

def raise_in_exit_after_return():
    with CM("r", fail_exit=True):
        return 1
try:
    raise_in_exit_after_return()
except KeyError as e:
    show(e)

class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    show(e)

try:
    with 42:
        pass
except Exception as e:
    show(e)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except Exception as e:
    show(e)

def cycle():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            a.__context__ = b
            raise a
try:
    cycle()
except Exception as e:
    show(e)
    show(e.__context__)

