# The with statement returns the view itself and releases it on exit (test_contextmanager).
import array
for tp in [bytes, bytearray, lambda s: array.array("B", s)]:
    b = tp(b"abcdef")
    m = memoryview(b)
    with m as cm:
        print(cm is m, cm[0])
    try:
        len(m)
    except ValueError as e:
        print("ValueError", e)
    m = memoryview(b)
    with m:
        m.release()
    print(repr(m).startswith("<released"))
