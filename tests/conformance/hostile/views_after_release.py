# Views used after release: through closures, slices of slices, casts, iterators, with blocks.
import array
import struct

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

def make():
    b = bytearray(b'abcdef')
    m = memoryview(b)
    def reader():
        return m[0]
    def writer():
        m[0] = 65
    def slicer():
        return m[1:3]
    return b, m, reader, writer, slicer

b, m, reader, writer, slicer = make()
s = slicer()
ss = s[::1]
c = m.cast('c')
print(reader(), bytes(s), bytes(ss), c[0])
m.release()
attempt("reader", reader)
attempt("writer", writer)
attempt("slicer", slicer)
attempt("s[0]", lambda: s[0])
attempt("ss[0]", lambda: ss[0])
attempt("c[0]", lambda: c[0])
attempt("append while views of views", lambda: b.append(1))
s.release()
attempt("append while ss, c", lambda: b.append(1))
ss.release()
c.release()
attempt("append after all", lambda: b.append(1))
print(b)
ops = {
    "len": lambda: len(m), "getitem": lambda: m[0], "tobytes": lambda: m.tobytes(), "tolist": lambda: m.tolist(),
    "hex": lambda: m.hex(), "bytes": lambda: bytes(m), "cast": lambda: m.cast('B'), "eq self": lambda: m == m,
    "eq b": lambda: m == b, "hash": lambda: hash(m), "nbytes": lambda: m.nbytes, "shape": lambda: m.shape,
    "format": lambda: m.format, "itemsize": lambda: m.itemsize, "obj": lambda: m.obj, "readonly": lambda: m.readonly,
    "ndim": lambda: m.ndim, "strides": lambda: m.strides, "c_contiguous": lambda: m.c_contiguous,
    "suboffsets": lambda: m.suboffsets, "slice": lambda: m[::2], "list": lambda: list(m),
    "toreadonly": lambda: m.toreadonly(), "memoryview": lambda: memoryview(m), "release": lambda: m.release(),
    "enter": lambda: m.__enter__(), "in": lambda: 97 in m,
    "reversed": lambda: reversed(m), "setitem": lambda: m.__setitem__(0, 1), "delitem": lambda: m.__delitem__(0),
    "bytearray": lambda: bytearray(m), "array": lambda: array.array('B', m), "struct": lambda: struct.unpack_from('B', m),
}
for name in ops:
    attempt(name, ops[name])
it = None
def iter_then_release():
    b2 = bytearray(b'xyz')
    m2 = memoryview(b2)
    it = iter(m2)
    print(next(it))
    m2.release()
    try:
        print(next(it))
    except Exception as e:
        print(type(e).__name__, e)
    b2.append(0)
    print(b2)
iter_then_release()
def with_release():
    b2 = bytearray(b'xyz')
    with memoryview(b2) as m2:
        inner = m2[1:]
        try:
            b2.extend(b'1')
        except BufferError as e:
            print(e)
    try:
        b2.extend(b'1')
    except BufferError as e:
        print("still exported:", e)
    inner.release()
    b2.extend(b'1')
    print(b2)
with_release()
