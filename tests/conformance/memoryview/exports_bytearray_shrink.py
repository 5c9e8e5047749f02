# A bytearray cannot shrink while a view exports it.
b = bytearray(b"abcdef")
m = memoryview(b)
def delitem():
    del b[0]
def delslice():
    del b[1:3]
def delstep():
    del b[::2]
def imul0():
    global b
    b *= 0
for name, f in [("pop", lambda: b.pop()), ("pop(0)", lambda: b.pop(0)), ("remove", lambda: b.remove(97)),
                ("clear", lambda: b.clear()), ("del item", delitem), ("del slice", delslice), ("del step", delstep),
                ("*= 0", imul0)]:
    try:
        f()
        print(name, "ok")
    except BufferError as e:
        print(name, "BufferError", e)
print(b, m.tobytes())
