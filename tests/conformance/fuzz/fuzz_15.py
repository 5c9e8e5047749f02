# Written by tests/fuzz/gen.py --seed 15 --cases 200: regenerate it, do not edit it.
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
    # CPython 3.14 (the contract) reworded these; 3.13 is the oracle
    if 'unicode character' in str(e):
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
b = mk(1, lambda: array.array('b', [-48, -128, -53, 127]))
m = mk(2, lambda: memoryview(b).cast('l'))
m2 = mk(3, lambda: memoryview(m).cast('e'))
t(4, lambda: bytes(m))
t(5, lambda: bytes(m))
t(6, lambda: m[2:4:-3].tobytes('F'))
t(7, lambda: m.tolist())
t(8, lambda: memoryview(m).tolist())
t(9, lambda: struct.unpack('>2l', b'\x01\x01'))
t(10, lambda: bool(m))
# scenario
m = m2 = None
b = mk(11, lambda: array.array('q', [57, 78]))
m = mk(12, lambda: memoryview(b))
m2 = mk(13, lambda: memoryview(b).cast('B').cast('H', [8, 1]))
t(14, lambda: array.array('d', m))
t(15, lambda: m.cast('c').tolist())
t(16, lambda: struct.unpack('N', struct.pack('N', 255)))
t(17, lambda: 18446744073709551621 in m)
t(18, lambda: struct.calcsize('!1Qq2l'))
t(19, lambda: m.tolist())
t(20, lambda: b.frombytes(b''))
t(21, lambda: struct.pack('<?', None))
# scenario
m = m2 = None
b = mk(22, lambda: array.array('f', [1e10, 65520.0, 1e10, 0.0]))
m = mk(23, lambda: memoryview(b))
t(24, lambda: struct.calcsize('=2p2d1B'))
t(25, lambda: struct.pack_into('1p', bytearray(5), 0, bytearray(b'xy')))
t(26, lambda: bytearray(b'+').join([m]))
t(27, lambda: b == array.array('h', b.tolist()))
t(28, lambda: b.typecode)
t(29, lambda: m.cast('Q', [4]).tolist())
t(30, lambda: setitem(m, (-3), 65504.0).tolist())
t(31, lambda: m[-6:4].tobytes())
t(32, lambda: delitem(m, -6))
# scenario
m = m2 = None
b = mk(33, lambda: bytearray(b'\x02\x7f\x02\xff'))
m = mk(34, lambda: memoryview(b).cast('N'))
m2 = mk(35, lambda: memoryview(b)[4::])
t(36, lambda: m[-5])
t(37, lambda: m2.tolist())
t(38, lambda: m.toreadonly().readonly)
t(39, lambda: struct.pack_into('=0sB', b, 6, b'abc', -1))
t(40, lambda: b.insert(0, 5))
t(41, lambda: setitem(m, slice(None), m[::-1]).tolist())
t(42, lambda: setitem(m, (True), 112).tolist())
t(43, lambda: m.cast('c').tolist())
t(44, lambda: b''.join([m, b'-', m]))
t(45, lambda: struct.pack('<0i'))
t(46, lambda: struct.unpack('>3Q0di', m2))
# scenario
m = m2 = None
b = mk(47, lambda: array.array('I', [171, 67]))
m = mk(48, lambda: memoryview(b)[-2:-4])
t(49, lambda: setitem(m, ..., 120).tolist())
t(50, lambda: setitem(b, 1.0, 8589934597))
t(51, lambda: imul(b, 2))
t(52, lambda: struct.pack_into('ccc', m2, 2, b'ab', 97, b'ab'))
t(53, lambda: struct.unpack_from('>0x3d', m, 6))
t(54, lambda: m2.hex())
t(55, lambda: struct.unpack_from('s', b, -3))
t(56, lambda: int.from_bytes(m2, byteorder='little', signed=True))
# scenario
m = m2 = None
b = mk(57, lambda: bytearray(b'\x01\x02\x00\x7f'))
m = mk(58, lambda: memoryview(b)[1:-7])
m2 = mk(59, lambda: memoryview(b).toreadonly())
t(60, lambda: m[..., 1, -2**64])
t(61, lambda: len(b))
t(62, lambda: m[()])
t(63, lambda: struct.unpack_from('@pI', b'', -6))
t(64, lambda: setitem(m, ..., 1).tolist())
t(65, lambda: struct.pack('!3c2dq', b'\xff', b'a', b'a', 1e10, -1e-310, -164))
t(66, lambda: setitem(m, slice(None), m).tolist())
t(67, lambda: struct.pack('@1b2L', 0, -1, 1, 1))
t(68, lambda: list(reversed(m)))
t(69, lambda: list(m))
t(70, lambda: struct.unpack_from('=1qb3I', b'\x01\x01A', -8))
# scenario
m = m2 = None
b = mk(71, lambda: bytearray(b'A'))
m = mk(72, lambda: memoryview(b).cast('q'))
t(73, lambda: m2.tolist())
t(74, lambda: b.count(1))
t(75, lambda: struct.pack_into('=2h3e', bytearray(14), 2, -32768, 1, 0.0, -1e-310, -1e-310))
t(76, lambda: struct.unpack('1l', struct.pack('1l', 1)))
# scenario
m = m2 = None
b = mk(77, lambda: b'A\x00\x7f\x80A\x80\x7fa\x01\x00A\x01\x7f\x00a\xff')
m = mk(78, lambda: memoryview(b).cast('=B'))
t(79, lambda: reversed(m) is None)
t(80, lambda: list(struct.iter_unpack('!L', b'\x02\xff\x00A')))
t(81, lambda: m2.tolist())
t(82, lambda: setitem(m, slice(None), m2).tolist())
t(83, lambda: array.array('i', bytes(b)))
t(84, lambda: m.cast('?').tolist())
# scenario
m = m2 = None
b = mk(85, lambda: b'\xff\x00\x02\x00\xffa\x02\x01')
m = mk(86, lambda: memoryview(b).toreadonly())
m2 = mk(87, lambda: memoryview(b)[-8:-9])
t(88, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(89, lambda: m[...])
t(90, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(91, lambda: len(b))
t(92, lambda: hash(m) == hash(m.tobytes()))
t(93, lambda: m.toreadonly().readonly)
t(94, lambda: items(m))
t(95, lambda: delitem(m, 2))
t(96, lambda: m.suboffsets)
t(97, lambda: m[:4:-2] == b[4:4:0])
t(98, lambda: m == m.tolist())
t(99, lambda: 162 in m)
t(100, lambda: m2[()])
# scenario
m = m2 = None
b = mk(101, lambda: b'')
m = mk(102, lambda: memoryview(b).cast('i', []))
t(103, lambda: struct.pack('<0h'))
t(104, lambda: m2.toreadonly().readonly)
t(105, lambda: b)
t(106, lambda: b''.join([m, b'-', m]))
t(107, lambda: struct.unpack_from('<1?3q', b'a\xffa\x01', -18))
t(108, lambda: m.__len__())
t(109, lambda: list(struct.iter_unpack('<I', b'')))
t(110, lambda: bytes(b))
# scenario
m = m2 = None
b = mk(111, lambda: array.array('f', [0.1, float('inf'), float('-inf'), 1.5, 1e10, -1e-310, -0.0, float('nan')]))
m = mk(112, lambda: memoryview(b))
m2 = mk(113, lambda: memoryview(b).cast('B').cast('H', [16, 1]))
t(114, lambda: setitem(m, (-1), 3).tolist())
t(115, lambda: struct.pack('<0H'))
t(116, lambda: struct.pack('<1f', 0.0))
t(117, lambda: m[:-9] == m[:])
t(118, lambda: struct.unpack('<qdH', struct.pack('<qdH', 134, -0.0, 1)))
t(119, lambda: struct.unpack('!2H3I2i', b'\r\xc5\x02\x13\x83\x96`0(\xfc\xaeG\xda\xba\x10<'))
t(120, lambda: m[:5:1, 0])
t(121, lambda: m.cast('i').tolist())
t(122, lambda: struct.unpack_from('!2?h', b'\xc8\xc8\xc8\xffA\x80\xff\x80\xc8\x01\xc8a\x00\x80\x01\x7f', -10))
t(123, lambda: b.fromlist([-0.0]))
# scenario
m = m2 = None
b = mk(124, lambda: bytearray(0))
m = mk(125, lambda: memoryview(b))
m2 = mk(126, lambda: memoryview(m).cast('P', []))
t(127, lambda: list(struct.iter_unpack('2q0b', b'\rBu\x8cA\xb1,\xa8\x9dje\xc7')))
t(128, lambda: m.tolist())
t(129, lambda: with_view(b))
t(130, lambda: m.hex())
t(131, lambda: list(struct.iter_unpack('>e', b'\xc8\x02aAA\x7f\xff\x01aaA\xff\x7f\x80\x80\x7f')))
t(132, lambda: struct.calcsize('Lh?'))
t(133, lambda: bytearray(b))
t(134, lambda: b[-3])
# scenario
m = m2 = None
b = mk(135, lambda: bytearray(b'a\x01'))
m = mk(136, lambda: memoryview(b)[1:3:])
t(137, lambda: struct.unpack('3d1N2h', b'\x7f\x80\x01A\xc8'))
t(138, lambda: struct.unpack('!H1B?', struct.pack('!H1B?', b'x', 77, True)))
t(139, lambda: m[:].tobytes())
t(140, lambda: struct.pack_into('>q', bytearray(0), 0, 0))
t(141, lambda: m == b)
t(142, lambda: list(m2.cast('e')))
# scenario
m = m2 = None
b = mk(143, lambda: array.array('h', [-6, 231, 48, 233, 162, 42]))
m = mk(144, lambda: memoryview(b)[-6:-4])
t(145, lambda: struct.unpack('!H2d', b'\x80a\xc8A'))
t(146, lambda: struct.unpack_from('!pf3c', m))
t(147, lambda: m2.toreadonly().readonly)
t(148, lambda: b.tobytes().hex())
t(149, lambda: b.tolist())
t(150, lambda: m.nbytes == len(m.tobytes()))
t(151, lambda: struct.pack_into('@fe', bytearray(10), -4, 1e10, ()))
t(152, lambda: bytearray(b'+').join([m]))
t(153, lambda: m.cast('?').tolist())
t(154, lambda: b < array.array('f', [167]))
t(155, lambda: bytes(m2))
t(156, lambda: setitem(m, (-4), -32769).tolist())
t(157, lambda: b.extend(array.array('b', [1])))
t(158, lambda: m['a'])
# scenario
m = m2 = None
b = mk(159, lambda: bytearray(b'\x01\xc8\x00AaA\x02a\x01\xc8\x7f\x80A\xc8\x01\x00\x02\x00A\x00\x00\x80\xc8\xc8'))
m = mk(160, lambda: memoryview(b))
m2 = mk(161, lambda: memoryview(m).cast('B', [24, 1, 1]))
t(162, lambda: m[0:1, 0:1])
t(163, lambda: m.cast('?').tolist())
t(164, lambda: struct.unpack('2Q2p', struct.pack('2Q2p', 118, 36893488147419103237, b'abc')))
t(165, lambda: setitem(m, slice(None), m2).tolist())
t(166, lambda: struct.calcsize('@IN0d'))
t(167, lambda: m[-4, 0, True])
t(168, lambda: m.release())
t(169, lambda: setitem(m, (-3), 217).tolist())
t(170, lambda: m.hex('\u20ac'))
t(171, lambda: struct.unpack('1H2q', b'a\x00\x7f\x00\xff\x7f\x00\x80'))
t(172, lambda: m != m)
t(173, lambda: m[()])
t(174, lambda: hash(m) == hash(m.tobytes()))
# scenario
m = m2 = None
b = mk(175, lambda: array.array('i', [189, 56, 5, 270, 2147483647, -137]))
m = mk(176, lambda: memoryview(b).cast('B').cast('Q', (1, 1, 3)))
m2 = mk(177, lambda: memoryview(b).cast('B').cast('h'))
t(178, lambda: struct.unpack_from('=2d', m, 2))
t(179, lambda: -132 in m2)
t(180, lambda: m.cast('c').tolist())
t(181, lambda: m.hex())
t(182, lambda: struct.unpack('<2q', b'\x00aA\x7f\xc8A\xc8\xff'))
t(183, lambda: b < array.array('h', [b'']))
t(184, lambda: struct.pack_into('Hs', bytearray(4), -2, -2**63 - 1, bytearray(b'xy')))
t(185, lambda: setitem(m, -3, 194).tolist())
t(186, lambda: m[1:1:-1, 0])
t(187, lambda: list(struct.iter_unpack('!3hid', m)))
t(188, lambda: m.cast('?', []).tolist())
# scenario
m = m2 = None
b = mk(189, lambda: bytearray(b'\r\xc7D\xdfs=\x96z\xeey\xf16'))
m = mk(190, lambda: memoryview(b).cast('@B'))
t(191, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(192, lambda: m.tobytes(None))
t(193, lambda: struct.pack_into('=B3Q', b, 0, 116, True, 118))
t(194, lambda: struct.unpack('>2h', m))
t(195, lambda: m[-9::-2] == b[-15:-2:-1])
t(196, lambda: bool(m))
t(197, lambda: struct.unpack_from('!N', b'\x80\xc8\xff\x7f', -3))
t(198, lambda: struct.unpack_from('1I', b'', -10))
# scenario
m = m2 = None
b = mk(199, lambda: array.array('f', [0.0, 0.0, 65520.0]))
m = mk(200, lambda: memoryview(b))
t(201, lambda: m.obj is b)
t(202, lambda: b.pop())
t(203, lambda: m.toreadonly().readonly)
t(204, lambda: m == b)
t(205, lambda: m[1:6:4].tobytes())
t(206, lambda: m[...])
t(207, lambda: struct.pack_into('@I', m, -3, 67))
t(208, lambda: b.byteswap())
t(209, lambda: m[3])
