# A 0-dim view cannot be sliced.
z = memoryview(b"abcd").cast("i", [])
for k in [slice(None), slice(0, 1), slice(None, None, -1)]:
    try:
        z[k]
    except TypeError as e:
        print("TypeError", e)
