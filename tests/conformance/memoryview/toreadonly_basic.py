# toreadonly() returns a read-only view with the same contents (test_toreadonly).
import array
for tp in [bytes, bytearray, lambda s: array.array("B", s)]:
    b = tp(b"abcdef")
    m = memoryview(b)
    mm = m.toreadonly()
    print(mm.readonly, memoryview(mm).readonly, mm.tolist() == m.tolist(), mm is m, mm == m, mm.obj is m.obj)
    mm.release()
    print(m.tolist()[:2], m.readonly)
