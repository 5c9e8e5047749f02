# UnicodeEncodeError and UnicodeDecodeError carry CPython's five arguments (encoding, object, start, end,
# reason), which are also their attributes, and str() is made from those.
import struct

def show(f):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.args, e.encoding, repr(e.object), e.start, e.end, e.reason)
        print("  str:", e)
        print("  repr:", repr(e))

show(lambda: b"\xff".decode("utf-8"))
show(lambda: b"ab\xc3(cd".decode("utf-8"))
show(lambda: b"\xe2\x82".decode())
show(lambda: b"abc\x80\x81".decode("ascii"))
show(lambda: bytearray(b"x\xfe").decode("utf-8"))
show(lambda: "é".encode("ascii"))
show(lambda: "abc\u20ac\u20acdef".encode("latin-1"))
show(lambda: "x\U0001F600".encode("ascii"))
show(lambda: "\ud800".encode("utf-8"))
show(lambda: struct.Struct("é"))
show(lambda: struct.calcsize("é"))
