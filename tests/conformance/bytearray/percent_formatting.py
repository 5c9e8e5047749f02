# bytearray % args: the bytes formatting, with a bytearray for result.
r = bytearray(b"%s-%d-%r-%c") % (b"a", 3, "q", 66)
print(type(r).__name__, r)
print(bytearray(b"%s") % bytearray(b"c"), bytearray(b"%(k)s") % {b"k": bytearray(b"v")})
print(bytearray(b"%5.2f|%-4x|%#o") % (3.14159, 255, 8))
print(bytearray(b"%s and %s") % (bytearray(b"x"), memoryview(b"y")))
print(bytearray() % (), bytearray(b"no args") % {})
print(b"%s" % bytearray(b"into bytes"))
fmt = bytearray(b"%s")
print(fmt % fmt, fmt)
for args in [(1,), "s", (b"a", b"b"), 256]:
    try:
        print(bytearray(b"%c") % args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    bytearray(b"x") % bytearray(b"y")
except TypeError as e:
    print("TypeError", e)
