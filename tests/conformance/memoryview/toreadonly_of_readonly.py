# toreadonly() of an already read-only view is a new read-only view.
m = memoryview(b"abc")
r = m.toreadonly()
rr = r.toreadonly()
print(r is m, rr is r, rr.readonly, rr == m, rr.obj is m.obj)
r.release()
print(rr.tolist(), m.tolist())
try:
    r.toreadonly()
except ValueError as e:
    print("ValueError", e)
