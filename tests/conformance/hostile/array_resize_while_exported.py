import array

def attempt(label, obj, f):
    before = obj.tobytes()
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)
    after = obj.tobytes()
    print("   unchanged" if before == after else "   CHANGED")

a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
def delitem(k):
    del a[k]
def setitem(k, v):
    a[k] = v
def iadd(x):
    def f():
        global a
        a += x
    return f
def imul(n):
    def f():
        global a
        a *= n
    return f
ops = [
    ("append", lambda: a.append(1)), ("append bad", lambda: a.append('x')), ("extend", lambda: a.extend([5, 6])),
    ("extend array", lambda: a.extend(array.array('i', [7]))), ("extend self", lambda: a.extend(a)),
    ("extend empty", lambda: a.extend([])), ("extend bad", lambda: a.extend([1, 'x'])), ("extend wrong type", lambda: a.extend(array.array('b', [1]))),
    ("frombytes", lambda: a.frombytes(b'\x00' * 4)), ("frombytes empty", lambda: a.frombytes(b'')), ("frombytes bad len", lambda: a.frombytes(b'\x00' * 3)),
    ("fromlist", lambda: a.fromlist([1])), ("fromlist empty", lambda: a.fromlist([])), ("fromlist bad", lambda: a.fromlist([1, 'x'])),
    ("fromlist not list", lambda: a.fromlist((1,))),
    ("pop", lambda: a.pop()), ("pop 0", lambda: a.pop(0)), ("pop out", lambda: a.pop(10)),
    ("remove", lambda: a.remove(1)), ("remove missing", lambda: a.remove(99)),
    ("insert", lambda: a.insert(0, 9)), ("insert bad", lambda: a.insert(0, 'x')),
    ("del a[0]", lambda: delitem(0)), ("del a[0:2]", lambda: delitem(slice(0, 2))), ("del a[::2]", lambda: delitem(slice(None, None, 2))),
    ("del a[0:0]", lambda: delitem(slice(0, 0))), ("del a[5:]", lambda: delitem(slice(5, None))),
    ("a[0:2] = empty", lambda: setitem(slice(0, 2), array.array('i'))), ("a[0:2] = 3", lambda: setitem(slice(0, 2), array.array('i', [7, 8, 9]))),
    ("a[0:2] = 2", lambda: setitem(slice(0, 2), array.array('i', [7, 8]))), ("a[::2] = 1", lambda: setitem(slice(None, None, 2), array.array('i', [7]))),
    ("a[0:2] = list", lambda: setitem(slice(0, 2), [7, 8])),
    ("+=", iadd(array.array('i', [5]))), ("+= empty", iadd(array.array('i'))), ("+= bad", iadd(array.array('b', [1]))),
    ("*= 2", imul(2)), ("*= 1", imul(1)), ("*= 0", imul(0)), ("*= -1", imul(-1)), ("*= 2**62", imul(2**62)), ("*= 2**70", imul(2**70)),
    ("byteswap", lambda: a.byteswap()), ("reverse", lambda: a.reverse()), ("a[0] = 9", lambda: setitem(0, 9)),
    ("fromunicode", lambda: a.fromunicode('x')),
]
for label, op in ops:
    attempt(label, a, op)
print(a, m.tolist())
m.release()
a.append(5)
print(a)
