# Copies of a whole view: bytes(m), m.tobytes() or bytearray(m), against System.arraycopy as the ceiling.
# Arguments: the size in bytes, then which copy (bytes, tobytes or bytearray).
import sys

size = int(sys.argv[1]) if len(sys.argv) > 1 else 64 * 1024 * 1024
kind = sys.argv[2] if len(sys.argv) > 2 else 'bytes'
m = memoryview(bytearray(range(256)) * (size // 256))


def copy_bytes():
    return bytes(m)


def copy_tobytes():
    return m.tobytes()


def copy_bytearray():
    return bytearray(m)


copy = {'bytes': copy_bytes, 'tobytes': copy_tobytes, 'bytearray': copy_bytearray}[kind]


def bench():
    r = copy()
    return len(r) + r[-1] + r[len(r) // 3]


print(bench())
