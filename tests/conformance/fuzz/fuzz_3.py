# Written by tests/fuzz/gen.py --seed 3 --cases 200: regenerate it, do not edit it.
import array
import struct


def show(x):
    if isinstance(x, memoryview):
        return '<memoryview>'
    if isinstance(x, list):
        return '[' + ', '.join([show(y) for y in x]) + ']'
    if isinstance(x, tuple):
        return '(' + ', '.join([show(y) for y in x]) + (',)' if len(x) == 1 else ')')
    return repr(x)


def message(e):
    # CPython 3.14 (the contract) reworded these ("argument of type X is not a container or iterable"); 3.13 is the oracle
    if 'unicode character' in str(e) or str(e).startswith('argument of type '):
        return '(reworded in 3.14)'
    return str(e)


def t(n, f):
    try:
        print(n, show(f()))
    except Exception as e:
        print(n, type(e).__name__ + ':', message(e))


def mk(n, f):
    try:
        return f()
    except Exception as e:
        print(n, 'mk', type(e).__name__ + ':', message(e))
        return None


def setitem(o, k, v):
    o[k] = v
    return o


def delitem(o, k):
    del o[k]
    return o


def iadd(o, x):
    o += x
    return o


def imul(o, x):
    o *= x
    return o


def with_view(o):
    with memoryview(o) as v:
        first = v.tobytes()
    try:
        v.tobytes()
    except ValueError as e:
        return first, str(e)
    return first, 'still usable'


def items(v):
    out = []
    for x in v:
        out.append(x)
    return out

# scenario
m = m2 = None
b = mk(1, lambda: bytearray(b'\xf2!\x06\xf0\x84wb\xf0\xf3\xcbMvM\xc7\x07 Q\x15\x9a\x0f\x89\xf2\xc6\xda'))
m = mk(2, lambda: memoryview(b)[1:-19:1])
m2 = mk(3, lambda: memoryview(m).cast('Q'))
t(4, lambda: m != m)
t(5, lambda: m2[-2:-4:-2].tolist())
t(6, lambda: setitem(m, slice(None), m[::-1]).tolist())
t(7, lambda: hash(m) == hash(m.tobytes()))
t(8, lambda: m2.cast('?').tolist())
t(9, lambda: b''.join([m2, b'-', b]))
t(10, lambda: m['a'])
t(11, lambda: setitem(m, slice(-27, 10), memoryview(b'\x00\x02a\xffAaA\x7f\x02\x80\x01\x01').cast('B')).tolist())
t(12, lambda: m[-5:-9] == b[:-15])
t(13, lambda: list(struct.iter_unpack('<3pi', b'\xffa\xff\x7fA\x01a\x01A\x00\x00\xff')))
# scenario
m = m2 = None
b = mk(14, lambda: array.array('l', [46, -113, -78, 68]))
m = mk(15, lambda: memoryview(b)[:-6])
m2 = mk(16, lambda: memoryview(m))
t(17, lambda: int.from_bytes(m, 'little'))
t(18, lambda: m.nbytes == len(m.tobytes()))
t(19, lambda: struct.pack_into('2pQ', bytearray(8), -13, 's', -1))
t(20, lambda: True in m)
# scenario
m = m2 = None
b = mk(21, lambda: b'\x02\x7f\x01\x7f\x80\x80a\x7faA\x7f\x80\x01\x02\xff\x00\x80\x01\x02\x00\x7f\xc8\xff\x80')
m = mk(22, lambda: memoryview(b))
m2 = mk(23, lambda: memoryview(m).cast('N', [3, 1]))
t(24, lambda: bytearray(m))
t(25, lambda: delitem(m, 9))
t(26, lambda: bytearray(b))
t(27, lambda: m.cast('?').tolist())
t(28, lambda: memoryview(b) == bytes(b))
t(29, lambda: struct.unpack_from('1x?Q', b, 5))
t(30, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(31, lambda: m == 1)
t(32, lambda: m2.cast('c').tolist())
t(33, lambda: struct.unpack_from('1B', m, 4))
t(34, lambda: struct.unpack_from('=h0IH', b'A\xffa\x80aAa\x00a\xc8\x80A\x02\x7fA\x7f', -5))
t(35, lambda: b.count(b''))
t(36, lambda: struct.pack_into('<2f', bytearray(20), -3, 1.5, float('nan')))
# scenario
m = m2 = None
b = mk(37, lambda: b'\x01AaA')
m = mk(38, lambda: memoryview(b))
t(39, lambda: m[:-5:-2] == m[4:-6])
t(40, lambda: b.hex())
t(41, lambda: list(struct.iter_unpack('1L1Q', m)))
t(42, lambda: m.__len__())
t(43, lambda: struct.unpack('<B3b', b'\xff'))
t(44, lambda: list(struct.iter_unpack('>0qf', b'\xad:\xfc\xb4')))
# scenario
m = m2 = None
b = mk(45, lambda: b'\x02\x02\x02\x7f\xc8\x01')
m = mk(46, lambda: memoryview(b).cast('d'))
t(47, lambda: m[()])
t(48, lambda: struct.pack_into('>2p', m, 5, 's'))
t(49, lambda: m.release())
t(50, lambda: m.hex())
t(51, lambda: m.shape)
t(52, lambda: m.f_contiguous)
t(53, lambda: b[:])
t(54, lambda: b.count('a'))
t(55, lambda: m2[:9].cast('B').tolist())
t(56, lambda: hash(m[4:3]) == hash(m[4:3].tobytes()))
t(57, lambda: list(struct.iter_unpack('=0ld3H', b'')))
t(58, lambda: bytes(b))
t(59, lambda: items(m))
# scenario
m = m2 = None
b = mk(60, lambda: b"\xe39\x91NE\xef-\x19\r\xb8w'\xff\t\xad\xa5\xa8\xb0D)\x11(\xafi")
m = mk(61, lambda: memoryview(b))
t(62, lambda: bytes(b))
t(63, lambda: m.tobytes())
t(64, lambda: struct.pack_into('=2be', m, 16, -117, 77, True))
t(65, lambda: bytearray(b'+').join([m]))
t(66, lambda: len(m))
t(67, lambda: bytearray(b))
t(68, lambda: b.count(b'\x00\x01'))
t(69, lambda: m.tolist())
t(70, lambda: m[4])
t(71, lambda: m.tobytes(1))
# scenario
m = m2 = None
b = mk(72, lambda: b'\x00\x00A\x80\x00\x80\xc8\x00AA\x01\x80\xc8A\x02\x7f')
m = mk(73, lambda: memoryview(b))
m2 = mk(74, lambda: memoryview(b).toreadonly())
t(75, lambda: items(m))
t(76, lambda: b.hex(' ', -1))
t(77, lambda: list(m[3:-16:1]))
t(78, lambda: m2.tolist())
t(79, lambda: b)
t(80, lambda: m.tobytes('F'))
t(81, lambda: struct.unpack_from('!0Ld', b, -3))
t(82, lambda: with_view(m))
# scenario
m = m2 = None
b = mk(83, lambda: array.array('B', [211, 199]))
m = mk(84, lambda: memoryview(b)[1::-3])
t(85, lambda: m[-2:2].hex())
t(86, lambda: m.nbytes == len(m.tobytes()))
t(87, lambda: b.frombytes(b'W\x0b\xef/1\xa3y\x1c\x18\xe6\xee\xaa'))
t(88, lambda: struct.unpack('i3', b'a'))
t(89, lambda: struct.unpack_from('>3?', m, -1))
t(90, lambda: m2[-2::-3, 0])
t(91, lambda: delitem(m, -1))
t(92, lambda: m.tobytes())
t(93, lambda: bytes(b))
t(94, lambda: m2.hex(':', -1))
t(95, lambda: m[5:5, 0])
t(96, lambda: b.append(228))
# scenario
m = m2 = None
b = mk(97, lambda: array.array('i', [2147483647, -2147483648, -197, 172, -26, 48, 273, 176]))
m = mk(98, lambda: memoryview(b)[-9:-5])
t(99, lambda: m.hex(b'|'))
t(100, lambda: m.cast('c').tolist())
t(101, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(102, lambda: struct.pack_into('>e2H1e', bytearray(13), -5, 'a', 9, 49, 0.1))
# scenario
m = m2 = None
b = mk(103, lambda: array.array('b', [13]))
m = mk(104, lambda: memoryview(b)[:-1:-1])
m2 = mk(105, lambda: memoryview(m).cast('Q'))
t(106, lambda: b.tolist())
t(107, lambda: struct.unpack('>1h1l', b'A\x7faa\x00\xc8\x7f\x7faA\xff\x00\x00\x02\xff\x02'))
t(108, lambda: m.tobytes('C'))
t(109, lambda: items(m))
t(110, lambda: m < b)
t(111, lambda: struct.unpack_from('!2f1s', m, 2))
t(112, lambda: m[...])
t(113, lambda: imul(b, 1))
t(114, lambda: items(m))
t(115, lambda: setitem(m, ..., 127).tolist())
t(116, lambda: m[:0] == m[0:0])
# scenario
m = m2 = None
b = mk(117, lambda: array.array('I', []))
m = mk(118, lambda: memoryview(b)[3:-2])
m2 = mk(119, lambda: memoryview(m))
t(120, lambda: m.cast('?').tolist())
t(121, lambda: memoryview(m).tolist())
t(122, lambda: m.obj is b)
t(123, lambda: setitem(m, slice(None), m).tolist())
t(124, lambda: m.__len__())
t(125, lambda: m.__len__())
t(126, lambda: hash(m2[-4:-3]) == hash(m2[-4:-3].tobytes()))
t(127, lambda: struct.pack('@fhP', 1e10, 1))
t(128, lambda: list(struct.iter_unpack('>?', b)))
t(129, lambda: m[-3:-2:-1].tobytes())
# scenario
m = m2 = None
b = mk(130, lambda: b'@')
m = mk(131, lambda: memoryview(b)[-3:-4:2])
t(132, lambda: setitem(m, slice(None), m[::-1]).tolist())
t(133, lambda: 176 in m)
t(134, lambda: list(m))
t(135, lambda: int.from_bytes(m2, 'big', signed=True))
t(136, lambda: hash(m[0:-2]) == hash(m[0:-2].tobytes()))
t(137, lambda: struct.calcsize('!2B'))
t(138, lambda: m[1] == m[1])
# scenario
m = m2 = None
b = mk(139, lambda: array.array('i', []))
m = mk(140, lambda: memoryview(b)[-1::-2])
t(141, lambda: m != memoryview(m.tobytes()).cast('i'))
t(142, lambda: memoryview(m).tolist())
t(143, lambda: m.cast('>h').tolist())
t(144, lambda: b[:-1:-2])
t(145, lambda: array.array('B', m))
t(146, lambda: struct.pack_into('2q1q', m, 3, -194, 9223372036854775807, -300))
t(147, lambda: delitem(m, -2))
t(148, lambda: m.nbytes == len(m.tobytes()))
t(149, lambda: m < 1)
t(150, lambda: b.index(28))
t(151, lambda: 1.0 in m)
t(152, lambda: struct.unpack('@2ni3H', b'\r'))
t(153, lambda: struct.pack_into('b0i0P', bytearray(17), -8, 105))
# scenario
m = m2 = None
b = mk(154, lambda: bytearray(b'\x02\xff\x7f\xff\x7f\x7f'))
m = mk(155, lambda: memoryview(b))
t(156, lambda: bytearray(m))
t(157, lambda: struct.calcsize('0QH0h'))
t(158, lambda: hash(m) == hash(m.tobytes()))
t(159, lambda: struct.unpack('>1i', struct.pack('>1i', -119)))
t(160, lambda: bool(m))
t(161, lambda: list(m))
t(162, lambda: 255 in m)
t(163, lambda: list(struct.iter_unpack('1e2s2n', b)))
t(164, lambda: m < b)
t(165, lambda: m2[8:9:-1].tolist())
t(166, lambda: hash(m[0:4:-2]) == hash(m[0:4:-2].tobytes()))
t(167, lambda: m[...])
# scenario
m = m2 = None
b = mk(168, lambda: bytearray(b'\x80\x01\x7f\xff'))
m = mk(169, lambda: memoryview(b).cast('N'))
m2 = mk(170, lambda: memoryview(m).toreadonly())
t(171, lambda: 255 in m)
t(172, lambda: m.hex(b'.', 3))
t(173, lambda: m.cast('P').tolist())
t(174, lambda: 160 in m)
t(175, lambda: m[0:-5].tobytes())
t(176, lambda: struct.unpack('<3Hi0I', struct.pack('<3Hi0I', 0, 69, -1, ())))
t(177, lambda: b.index(0))
t(178, lambda: bytearray(b))
t(179, lambda: struct.unpack('!2e0e', b'\x8b\xc6N\x17'))
# scenario
m = m2 = None
b = mk(180, lambda: b'A\x02\xffA\x7fa\x00\xff\x7fA\x01\x02')
m = mk(181, lambda: memoryview(b).cast('c'))
m2 = mk(182, lambda: memoryview(m))
t(183, lambda: bytearray(b))
t(184, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(185, lambda: b[::-3])
t(186, lambda: with_view(b))
t(187, lambda: struct.unpack('@x', struct.pack('@x')))
t(188, lambda: bool(m))
t(189, lambda: m.hex(':', -2))
t(190, lambda: list(m))
t(191, lambda: struct.pack('>1f', float('-inf')))
t(192, lambda: m.cast('?', []).tolist())
t(193, lambda: bytes(b))
t(194, lambda: m.tolist())
t(195, lambda: items(m2))
# scenario
m = m2 = None
b = mk(196, lambda: array.array('i', [107, 259, 67, 126, -168, 31]))
m = mk(197, lambda: memoryview(b)[:9:2])
t(198, lambda: m[0:, 0])
t(199, lambda: m.cast('c').tolist())
t(200, lambda: len(b))
t(201, lambda: len(m))
t(202, lambda: 'a' in m)
t(203, lambda: items(m[0:0:1]))
