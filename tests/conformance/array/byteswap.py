# byteswap() reverses the bytes of every item; twice is the identity.
import array

for code in array.typecodes:
    if code in 'uw':
        a = array.array(code, 'ab')
    elif code in 'fd':
        a = array.array(code, [1.0, -2.5])
    else:
        a = array.array(code, [1, 2])
    before = a.tobytes()
    a.byteswap()
    after = a.tobytes()
    print(code, before, after)
    a.byteswap()
    print(code, a.tobytes() == before)
h = array.array('H', [0x1234, 0xabcd])
h.byteswap()
print([hex(x) for x in h])
q = array.array('q', [1])
q.byteswap()
print(q, q[0] == 2**56)
e = array.array('i')
e.byteswap()
print(e)
