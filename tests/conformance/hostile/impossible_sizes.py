import array
import struct

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__, len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bytearray(10**12)", lambda: bytearray(10**12))
attempt("bytearray(2**62)", lambda: bytearray(2**62))
attempt("bytearray(2**63)", lambda: bytearray(2**63))
attempt("bytearray(2**64)", lambda: bytearray(2**64))
attempt("bytearray(-1)", lambda: bytearray(-1))
attempt("bytes(2**62)", lambda: bytes(2**62))
attempt("bytes(10**12)", lambda: bytes(10**12))
attempt("bytes(2**63)", lambda: bytes(2**63))
attempt("bytes(-5)", lambda: bytes(-5))
attempt("b'x'*2**62", lambda: b'x' * 2**62)
attempt("b'x'*2**63", lambda: b'x' * 2**63)
attempt("b'xy'*2**62", lambda: b'xy' * 2**62)
attempt("b'x'*10**12", lambda: b'x' * 10**12)
attempt("bytearray(b'x')*2**62", lambda: bytearray(b'x') * 2**62)
attempt("bytearray(b'ab')*2**62", lambda: bytearray(b'ab') * 2**62)
attempt("'x'*2**62", lambda: 'x' * 2**62)
attempt("'ab'*2**62", lambda: 'ab' * 2**62)
attempt("[0]*2**62", lambda: [0] * 2**62)
attempt("[0, 1]*2**62", lambda: [0, 1] * 2**62)
attempt("(0,)*2**62", lambda: (0,) * 2**62)
attempt("[0]*10**12", lambda: [0] * 10**12)
attempt("array d *2**60", lambda: array.array('d', [0]) * 2**60)
attempt("array d *2**62", lambda: array.array('d', [0]) * 2**62)
attempt("array b *10**12", lambda: array.array('b', [0]) * 10**12)
attempt("array b *2**63", lambda: array.array('b', [0]) * 2**63)
attempt("b'' * 2**62", lambda: b'' * 2**62)
attempt("b'x' * -2**62", lambda: b'x' * -2**62)
attempt("array empty * 2**62", lambda: array.array('d') * 2**62)
