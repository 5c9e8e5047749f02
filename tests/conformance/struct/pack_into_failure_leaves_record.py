# pack_into clears the whole record first and writes items in order: a failing item leaves the
# earlier ones written and the rest of the record (pad bytes, the failing item, later items) zero.
import struct


class Bad:
    def __index__(self):
        raise ValueError("no index")


def attempt(fmt, *values):
    buf = bytearray(b'\xff' * 16)
    try:
        struct.pack_into(fmt, buf, 2, *values)
        print(fmt, 'packed')
    except (struct.error, OverflowError, ValueError) as e:
        print(fmt, type(e).__name__, e)
    print(bytes(buf))


attempt('<ifi', 1, 1e300, 2)
attempt('>ifi', 1, -1e300, 2)
attempt('<ifi', 1, 10 ** 40, 2)
attempt('<iei', 1, 1e300, 2)
attempt('<ihi', 1, 99999, 2)
attempt('<iii', 1, Bad(), 2)
attempt('<bxxxhxx', 1, 2)
attempt('<bxxxhxx', 1, 'x')
attempt('@bi', 1, 2.5)
attempt('<iid', 3, -3, 0.75)
# the same call site again and again: the compiled path clears and fails the same way
for i in range(300):
    buf = bytearray(b'\xff' * 16)
    try:
        struct.pack_into('<hf', buf, 0, i, 1e39 if i % 100 == 99 else 0.5)
    except OverflowError:
        print(i, bytes(buf))
