# repr() and str() show the address (elided here) and whether the view is released.
m = memoryview(b"abc")
r = repr(m)
print(r[:r.index(" at ")], r.startswith("<memory at 0x"), r[-1] == ">", str(m) == r)
m.release()
r = repr(m)
print(r[:r.index(" at ")], r.startswith("<released memory at 0x"), r[-1] == ">", str(m) == r)
