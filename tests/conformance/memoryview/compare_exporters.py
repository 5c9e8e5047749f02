# Views compare equal to any exporter with the same items (test_compare).
import array
types = [bytes, bytearray, lambda s: array.array("B", s), lambda s: memoryview(s)]
for tp in [bytes, bytearray, lambda s: array.array("B", s)]:
    m = memoryview(tp(b"abcdef"))
    row = []
    for tc in types:
        row.append((m == tc(b"abcdef"), m != tc(b"abcdef"), m == tc(b"abcde"), m != tc(b"abcde"),
                    m == tc(b"abcde1"), m != tc(b"abcde1")))
    print(row)
    print(m == m, m == m[:], m[0:6] == m[:], m[0:5] == m)
