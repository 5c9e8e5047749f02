# A released view cannot be assigned from, nor assigned into.
src = memoryview(b"ab")
src.release()
dst = memoryview(bytearray(b"xy"))
try:
    dst[:] = src
except ValueError as e:
    print("ValueError", e)
print(dst.tobytes())
dst.release()
try:
    dst[:] = b"zz"
except ValueError as e:
    print("ValueError", e)
