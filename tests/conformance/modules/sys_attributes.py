# sys.argv, sys.byteorder, sys.maxsize as CPython reports them.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.byteorder, sys.byteorder in ("little", "big"))
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(type(sys.maxsize).__name__, sys.maxsize + 1)
