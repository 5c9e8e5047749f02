import array

def attempt(label, obj, f):
    before = bytes(obj) if not isinstance(obj, array.array) else obj.tobytes()
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)
    after = bytes(obj) if not isinstance(obj, array.array) else obj.tobytes()
    print("   unchanged" if before == after else "   CHANGED")

b = bytearray(b'abcdef')
m = memoryview(b)
def iadd():
    global b
    b += b'x'
def imul(n):
    def f():
        global b
        b *= n
    return f
def delitem(k):
    del b[k]
def setitem(k, v):
    b[k] = v
ops = [
    ("append", lambda: b.append(1)), ("extend", lambda: b.extend(b'xy')), ("extend empty", lambda: b.extend(b'')),
    ("extend iter", lambda: b.extend(iter([1, 2]))), ("extend bad", lambda: b.extend([1, 300])),
    ("pop", lambda: b.pop()), ("pop 0", lambda: b.pop(0)), ("pop empty idx", lambda: b.pop(100)),
    ("remove", lambda: b.remove(97)), ("remove missing", lambda: b.remove(1)),
    ("insert", lambda: b.insert(0, 1)), ("insert bad", lambda: b.insert(0, 300)), ("clear", lambda: b.clear()),
    ("del b[0]", lambda: delitem(0)), ("del b[0:2]", lambda: delitem(slice(0, 2))),
    ("del b[::2]", lambda: delitem(slice(None, None, 2))), ("del b[0:0]", lambda: delitem(slice(0, 0))),
    ("b[0:2] = b''", lambda: setitem(slice(0, 2), b'')), ("b[0:2] = 'xyz'", lambda: setitem(slice(0, 2), b'xyz')),
    ("b[0:2] = 'xy'", lambda: setitem(slice(0, 2), b'XY')), ("b[::2] = 3 bytes", lambda: setitem(slice(None, None, 2), b'123')),
    ("b[0:0] = b''", lambda: setitem(slice(0, 0), b'')),
    ("b[0:1] = m", lambda: setitem(slice(0, 1), m)),
    ("b[:] = m", lambda: setitem(slice(None), m)),
    ("+=", iadd), ("+= empty", lambda: (imul(1)())), ("*= 2", imul(2)), ("*= 1", imul(1)), ("*= 0", imul(0)), ("*= -1", imul(-1)),
    ("*= 2**62", imul(2**62)),
    ("reverse", lambda: b.reverse()), ("b[0] = 66", lambda: setitem(0, 66)),
]
for label, op in ops:
    attempt(label, b, op)
print(b, m.tobytes())
m.release()
b2 = bytearray(b'abc')
m2 = memoryview(b2)
def resize_in_loop():
    for x in m2:
        b2.append(x)
attempt("append in loop", b2, resize_in_loop)
m2.release()
b2.append(100)
print(b2)
