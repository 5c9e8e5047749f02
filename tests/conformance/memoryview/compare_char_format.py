# Items of format 'c' are bytes, so they never equal the ints of 'B' or 'b'.
c = memoryview(b"ab").cast("c")
print(c == memoryview(b"ab"), c == b"ab", b"ab" == c, c == memoryview(b"ab").cast("c"), c == c)
print(c == memoryview(b"ab").cast("b"), c != memoryview(b"ab"))
print(memoryview(b"").cast("c") == b"", memoryview(bytearray(b"ab")).cast("c") == c)
