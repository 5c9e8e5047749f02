# release() frees the view; a second release() is a no-op (test_release).
b = bytearray(b"abc")
m = memoryview(b)
print(m.release())
print(m.release())
r = repr(m)
print(r[:r.index(" at ")], str(m)[:len("<released memory")])
b.append(100)
print(b)
