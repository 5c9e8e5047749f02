# bytes.join and bytearray.join accept contiguous 1-D views as items.
m = memoryview(b"abc")
print(b"".join([m]), b"-".join([m, m[1:], b"x"]), bytearray(b"+").join([m[::-1].tobytes(), bytearray(b"yz")]))
print(b"".join([memoryview(b"")]), b"".join([memoryview(b"ab").cast("c")]))
print(b", ".join([memoryview(b"hello")[i:i + 1] for i in range(5)]))
for item in [memoryview(b"abcdef")[::2], memoryview(b"abcdef").cast("B", [2, 3])]:
    try:
        print(b"".join([item]))
    except TypeError as e:
        print("TypeError", e)
