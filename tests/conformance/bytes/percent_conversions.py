# bytes % args (PEP 461): every conversion, with flags, width and precision.
import array

print(b"%s|%b" % (b"abc", b"def"))
print(b"%s|%s|%s" % (bytearray(b"ba"), memoryview(b"mv"), array.array("B", [65, 66])))
print(b"%s" % array.array("h", [1]))
print(b"%s" % memoryview(b"abcdef")[::2])
print(b"%r|%a" % ("\xe9", "\u20ac"))
print(b"%r" % [b"x", "y", 1.5])
print(b"%a" % b"\xff\x00")
print(b"%c%c%c%c" % (72, b"i", bytearray(b"!"), True))
print(b"%c" % 255, b"%c" % 0)
print(b"%d %i %u" % (42, -7, 3.99))
print(b"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print(b"%+d % d %05d %-5d| %.3d %5.3d" % (3, 4, -42, 42, 7, 7))
print(b"%e %E %f %F %g %G" % (12345.678, 12345.678, 1.5, 2.25, 0.0001, 1e20))
print(b"%.2f %10.3f| %-10.1e| %+.0f %#.0f %010.2f" % (3.14159, 2.5, 1234.5, 2.5, 3.0, -1.5))
print(b"%f %f" % (3, True))
print(b"%5s|%-5s|%.2s|%5.1s|%05s|%05c|" % (b"ab", b"cd", b"efg", b"hij", b"k", 65))
print(b"%*d|%-*d|%.*f|%*.*s|" % (5, 1, 4, 2, 2, 3.14159, 6, 2, b"xyz"))
print(b"%*s|" % (-4, b"a"))
print(b"%(a)s-%(b)d-%(a)r" % {b"a": b"A", b"b": 2})
print(b"%(x(y))s" % {b"x(y)": b"nested"})
print(b"100%% %s" % b"done", b"%%" % ())
print(b"%ld %hd %Lf" % (1, 2, 3.5))
print(b"%d" % 2 ** 100, b"%x" % -(2 ** 70))
print(b"abc" % (), b"abc" % {}, b"abc" % [])
print(b"%s" % b"", b"" % ())
print(b"\xff%s\x80" % b"\xfe")


class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


class WithIndex:
    def __index__(self):
        return 66


print(b"%s %b" % (WithBytes(), WithBytes()))
print(b"%c %d %x %o %f" % (WithIndex(), WithIndex(), WithIndex(), WithIndex(), WithIndex()))

