# An array cannot grow while a view exports it.
import array
a = array.array("i", [1, 2, 3])
m = memoryview(a)
def iadd():
    global a
    a += array.array("i", [4])
def imul():
    global a
    a *= 2
for name, f in [("append", lambda: a.append(4)), ("extend", lambda: a.extend([4, 5])), ("insert", lambda: a.insert(0, 0)),
                ("frombytes", lambda: a.frombytes(bytes(4))), ("fromlist", lambda: a.fromlist([7])), ("+=", iadd), ("*=", imul)]:
    try:
        f()
        print(name, "ok")
    except BufferError as e:
        print(name, "BufferError", e)
print(a, m.tolist())
