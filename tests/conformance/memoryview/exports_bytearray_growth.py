# A bytearray cannot grow while a view exports it.
b = bytearray(b"abc")
m = memoryview(b)
def iadd():
    global b
    b += b"x"
def imul():
    global b
    b *= 2
for name, f in [("append", lambda: b.append(1)), ("extend", lambda: b.extend(b"xy")), ("extend list", lambda: b.extend([1])),
                ("insert", lambda: b.insert(0, 1)), ("+=", iadd), ("*=", imul)]:
    try:
        f()
        print(name, "ok")
    except BufferError as e:
        print(name, "BufferError", e)
print(b, m.tolist())
