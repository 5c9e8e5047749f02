# Assigning a buffer to an index is a type error except for format 'c', which wants one byte.
m = memoryview(bytearray(b"abcdef"))
c = memoryview(bytearray(b"abcdef")).cast("c")
for v in [b"", b"a", b"ab", bytearray(b"a"), memoryview(b"a")]:
    for view in [m, c]:
        try:
            view[0] = v
            print(view.format, "stored", view[0])
        except Exception as e:
            print(view.format, type(e).__name__, e)
