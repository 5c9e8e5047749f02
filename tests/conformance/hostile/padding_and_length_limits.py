# Results longer than any array: padding, in-place repeat, expandtabs, ranges materialized, int.to_bytes.
import array

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

def imul(value, n):
    def run():
        v = value
        v *= n
        return v
    return run

attempt("bytearray *= 2**62", imul(bytearray(b'ab'), 2**62))
attempt("list *= 2**62", imul([1, 2], 2**62))
attempt("array *= 2**62", imul(array.array('i', [1, 2]), 2**62))
attempt("str *= 2**62", imul('ab', 2**62))
attempt("bytes *= 2**61", imul(b'abcd', 2**61))
attempt("b'x'.ljust(2**62)", lambda: b'x'.ljust(2**62))
attempt("b'x'.rjust(10**12)", lambda: b'x'.rjust(10**12))
attempt("b'ab'.center(2**62, b'-')", lambda: b'ab'.center(2**62, b'-'))
attempt("b'x'.zfill(10**12)", lambda: b'x'.zfill(10**12))
attempt("bytearray.ljust", lambda: bytearray(b'x').ljust(10**12))
attempt("'x'.ljust(10**12)", lambda: 'x'.ljust(10**12))
attempt("'x'.rjust(2**62, 'y')", lambda: 'x'.rjust(2**62, 'y'))
attempt("'-1'.zfill(2**62)", lambda: '-1'.zfill(2**62))
attempt("'x'.center(2**63)", lambda: 'x'.center(2**63))
attempt("'x'.ljust(-5)", lambda: 'x'.ljust(-5))
attempt("b'x'.ljust(-2**62)", lambda: b'x'.ljust(-2**62))
attempt("'\\tx'.expandtabs(2**62)", lambda: '\tx'.expandtabs(2**62))
attempt("b'\\tx'.expandtabs(2**62)", lambda: b'\tx'.expandtabs(2**62))
attempt("b'\\tx'.expandtabs(-2**62)", lambda: b'\tx'.expandtabs(-2**62))
attempt("'\\tx'.expandtabs(-1)", lambda: '\tx'.expandtabs(-1))
attempt("range(2**62)", lambda: range(2**62))
attempt("len(range(2**64))", lambda: range(2**64))
attempt("list(range(2**40))", lambda: list(range(2**40)))
attempt("tuple(range(2**62))", lambda: tuple(range(2**62)))
attempt("sorted(range(2**40))", lambda: sorted(range(2**40)))
attempt("[*range(2**40)]", lambda: [*range(2**40)])
attempt("bytes(range(2**40))", lambda: bytes(range(2**40)))
attempt("bytearray(range(2**40))", lambda: bytearray(range(2**40)))
attempt("bytearray(range(300))", lambda: bytearray(range(300)))
attempt("bytes(range(2**40, 2**40 + 1))", lambda: bytes(range(2**40, 2**40 + 1)))
attempt("(1).to_bytes(2**62)", lambda: (1).to_bytes(2**62, 'big'))
attempt("(1).to_bytes(10**12)", lambda: (1).to_bytes(10**12, 'big'))
attempt("(1).to_bytes(-1)", lambda: (1).to_bytes(-1, 'big'))
attempt("1 << 2**62", lambda: [1 << 2**62])
attempt("1 << 2**63", lambda: [1 << 2**63])
attempt("0 << 2**100", lambda: [0 << 2**100])
attempt("b'x'.hex(':', 2**62)", lambda: b'x'.hex(':', 2**62))
