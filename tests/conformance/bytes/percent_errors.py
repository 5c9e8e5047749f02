# bytes % args: CPython's errors, one per case.


class NotBytes:
    def __bytes__(self):
        return "str"


class Key:
    def __getitem__(self, key):
        raise KeyError(key)


def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)


show(b"%s", "str")
show(b"%b", 5)
show(b"%s", 1.5)
show(b"%s", None)
show(b"%s", NotBytes())
show(b"%c", 256)
show(b"%c", -1)
show(b"%c", 2 ** 70)
show(b"%c", b"ab")
show(b"%c", b"")
show(b"%c", "a")
show(b"%c", 3.0)
show(b"%d", "x")
show(b"%d", b"1")
show(b"%x", 1.5)
show(b"%o", "8")
show(b"%d", float("nan"))
show(b"%d", float("inf"))
show(b"%f", "x")
show(b"%e", b"x")
show(b"%g", 2 ** 2000)
show(b"%d %d", (1,))
show(b"%d", (1, 2))
show(b"abc", 5)
show(b"abc", b"x")
show(b"abc", bytearray(b"x"))
show(b"%(a)s", {"a": b"x"})
show(b"%(a)s", Key())
show(b"%(a)s", b"abc")
show(b"%(a)s", (1,))
show(b"%(a", {})
show(b"%", 1)
show(b"%5", 1)
show(b"%y", 1)
show(b"%\xff", 1)
show(b"%*d", ("a", 1))
show(b"%.*f", (1.5, 1.0))
show(b"%s %s", b"x")
show(5, b"x")
