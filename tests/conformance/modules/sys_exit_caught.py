# sys.exit raises SystemExit, which can be caught; its code is the argument.
import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
print("still running")
