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
b = mk(1, lambda: bytearray(b'\xf2!\x06\xf0\x84wb\xf0\xf3\xcbMvM\xc7\x07 Q\x15\x9a\x0f\x89\xf2\xc6\xda'))
m = mk(2, lambda: memoryview(b)[1:-19:1])
m2 = mk(3, lambda: memoryview(m).cast('Q'))
t(4, lambda: m != m)
t(5, lambda: m2[-2:-4:-2].tolist())
t(6, lambda: hash(m) == hash(m.tobytes()))
t(7, lambda: hash(m) == hash(m.tobytes()))
t(8, lambda: m2.cast('?').tolist())
t(9, lambda: b''.join([m2, b'-', b]))
t(10, lambda: m['a'])
t(11, lambda: setitem(m, slice(-27, 10), memoryview(b'\x00\x02a\xffAaA\x7f\x02\x80\x01\x01').cast('B')).tolist())
t(12, lambda: setitem(m, (1), 209).tolist())
t(13, lambda: m[:12:-3].tolist())
# scenario
m = m2 = None
b = mk(14, lambda: array.array('d', [0.0]))
m = mk(15, lambda: memoryview(b))
t(16, lambda: b < array.array('i', [1e10]))
t(17, lambda: list(struct.iter_unpack('!li0c', b'\x80\x00\x00\xc8\x01\x02\xffaA\x00\xff\xff\x80\x00\x01\x7f')))
t(18, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(19, lambda: len(b))
t(20, lambda: int.from_bytes(m, 'little'))
t(21, lambda: m.obj is b)
t(22, lambda: b)
t(23, lambda: m.release())
t(24, lambda: setitem(m, (3), 2**70).tolist())
t(25, lambda: m.tobytes(1))
t(26, lambda: m.hex())
t(27, lambda: struct.pack_into('<LL', m, 1, 199, 0))
t(28, lambda: len(m))
t(29, lambda: b.itemsize)
# scenario
m = m2 = None
b = mk(30, lambda: array.array('Q', [235]))
m = mk(31, lambda: memoryview(b))
t(32, lambda: bytearray(m2))
t(33, lambda: reversed(m) is None)
t(34, lambda: b.typecode)
t(35, lambda: struct.unpack('2H', struct.pack('2H', 0, -1)))
t(36, lambda: list(struct.iter_unpack('<1B0B', b'\x01\x7f\xff\x01\x00\xc8\x02A\x80\x00\xff\x01\x01\x80\x02\x00')))
t(37, lambda: m.tolist())
t(38, lambda: b.byteswap())
t(39, lambda: setitem(m, (), -1).tolist())
t(40, lambda: struct.calcsize('!0hb3h'))
t(41, lambda: reversed(m) is None)
# scenario
m = m2 = None
b = mk(42, lambda: array.array('i', [280, 14]))
m = mk(43, lambda: memoryview(b))
m2 = mk(44, lambda: memoryview(b))
t(45, lambda: b < array.array('h', [282]))
t(46, lambda: b.byteswap())
t(47, lambda: struct.unpack('Qh3P', b'\x02\x02aA\x02\xff\x7fA\xffa\x80aAa\x00a'))
t(48, lambda: m[()])
t(49, lambda: m[3])
t(50, lambda: b == m2)
t(51, lambda: list(struct.iter_unpack('3s', b'')))
t(52, lambda: delitem(m, -3))
t(53, lambda: b[0])
t(54, lambda: b.tobytes().hex())
# scenario
m = m2 = None
b = mk(55, lambda: b'\x7f\x00\x00\x7f\x7f\x80\x80\xc8\x01A\xc8\x80\x02\xff\x7f\x01')
m = mk(56, lambda: memoryview(b))
m2 = mk(57, lambda: memoryview(m).cast('P', [2, 1]))
t(58, lambda: b.count(1))
t(59, lambda: b.index('a'))
t(60, lambda: array.array('i', m))
t(61, lambda: bool(m))
t(62, lambda: struct.unpack_from('3q', m2, 4))
t(63, lambda: m[-2**64])
t(64, lambda: b.hex(' ', -1))
t(65, lambda: items(m2))
t(66, lambda: struct.pack_into('>2p', m, 14, 's'))
t(67, lambda: m.release())
t(68, lambda: m.hex())
t(69, lambda: m.shape)
t(70, lambda: m.f_contiguous)
t(71, lambda: len(b))
# scenario
m = m2 = None
b = mk(72, lambda: b'\x80\x02\x02\x80')
m = mk(73, lambda: memoryview(b))
t(74, lambda: setitem(m2, -2, 227).tolist())
t(75, lambda: struct.unpack('=2p3l', b'a\xc8\x00A\x00\x01A\xc8\x02\xff\xc8AA\xffA\x00'))
t(76, lambda: bytes(b))
t(77, lambda: struct.unpack_from('2bc', m))
t(78, lambda: m.hex())
t(79, lambda: m == m.tobytes())
# scenario
m = m2 = None
b = mk(80, lambda: array.array('l', [260, -69, -11]))
m = mk(81, lambda: memoryview(b)[0:])
m2 = mk(82, lambda: memoryview(m).cast('B').cast('n', [1, 3, 1]))
t(83, lambda: array.array('b', m))
t(84, lambda: list(m))
t(85, lambda: struct.pack_into('=1Q', m, -4, b'x'))
t(86, lambda: m.nbytes)
t(87, lambda: struct.pack('!l0f1l', -9223372036854775808, 18446744073709551621))
t(88, lambda: m.hex('ab'))
# scenario
m = m2 = None
b = mk(89, lambda: array.array('B', []))
m = mk(90, lambda: memoryview(b))
m2 = mk(91, lambda: memoryview(b)[:-1])
t(92, lambda: m != memoryview(b'\xff\x7f\x02\x7f\x80\xc8A\xc8'))
t(93, lambda: b.insert(-2**64, 249))
t(94, lambda: reversed(m) is None)
t(95, lambda: reversed(m) is None)
t(96, lambda: b.byteswap())
t(97, lambda: struct.unpack_from('<1f', m, 2))
t(98, lambda: struct.unpack('i3', b'a'))
t(99, lambda: struct.unpack_from('>3?', m, -1))
t(100, lambda: m2[-1::-3, 0])
t(101, lambda: delitem(m, 1))
t(102, lambda: b.append(40))
# scenario
m = m2 = None
b = mk(103, lambda: b'\x01')
m = mk(104, lambda: memoryview(b).cast('ii'))
m2 = mk(105, lambda: memoryview(b))
t(106, lambda: struct.unpack('<0fB0f', b'\x03\xed\x99'))
t(107, lambda: len(b))
t(108, lambda: reversed(m) is None)
t(109, lambda: m.__len__())
t(110, lambda: m.hex())
t(111, lambda: m2 != b)
t(112, lambda: b.count(m))
t(113, lambda: m.tobytes())
t(114, lambda: array.array('d', m))
t(115, lambda: m[0:].tolist())
t(116, lambda: struct.pack_into('0P', bytearray(9), -8))
t(117, lambda: setitem(m, slice(3, 4), b'\xed').tolist())
t(118, lambda: int.from_bytes(m, 'little'))
t(119, lambda: m[3:1:].tobytes())
# scenario
m = m2 = None
b = mk(120, lambda: bytearray(b'\xdd\xad\x1a0'))
m = mk(121, lambda: memoryview(b)[3:-1:-2])
m2 = mk(122, lambda: memoryview(m).cast('H'))
t(123, lambda: struct.pack('!0s2L', bytearray(b'xy'), 263, 265))
t(124, lambda: m.cast('?').tolist())
t(125, lambda: items(m))
t(126, lambda: setitem(m, ..., 255).tolist())
t(127, lambda: m[7:-3, 0])
t(128, lambda: array.array('b', m2))
t(129, lambda: setitem(m, (-4), 249).tolist())
# scenario
m = m2 = None
b = mk(130, lambda: array.array('f', [-2.25, 0.1, 1e10]))
m = mk(131, lambda: memoryview(b).cast('B').cast('q'))
m2 = mk(132, lambda: memoryview(b))
t(133, lambda: setitem(m, ..., 1e300).tolist())
t(134, lambda: array.array('b', m))
t(135, lambda: list(struct.iter_unpack('>3B3Bx', b'\xc8')))
t(136, lambda: m.cast('b').tolist())
t(137, lambda: m[-3, 2])
t(138, lambda: b.remove(0.0))
t(139, lambda: reversed(m) is None)
t(140, lambda: struct.unpack_from('!2c', m2, -1))
t(141, lambda: m.hex(' ', 1))
# scenario
m = m2 = None
b = mk(142, lambda: b'')
m = mk(143, lambda: memoryview(b).cast('h'))
t(144, lambda: m < b)
t(145, lambda: memoryview(m2).tolist())
t(146, lambda: struct.unpack('0B', b'a\x01\xc8\xff\xc8'))
t(147, lambda: m[4:1:-2].tobytes())
t(148, lambda: struct.unpack_from('@I2B', b'\x7fAa', -7))
t(149, lambda: struct.unpack('=p2s', b''))
t(150, lambda: list(reversed(m)))
t(151, lambda: hash(m) == hash(m.tobytes()))
t(152, lambda: m < m)
t(153, lambda: m.tolist())
t(154, lambda: delitem(m, 2))
t(155, lambda: m[-3:2].tobytes())
t(156, lambda: m.cast('e').tolist())
# scenario
m = m2 = None
b = mk(157, lambda: b'\x01\x80')
m = mk(158, lambda: memoryview(b).cast('L'))
t(159, lambda: b''.join([m, b'-', b'z']))
t(160, lambda: struct.unpack_from('@3p', m))
t(161, lambda: len(b))
t(162, lambda: m.__len__())
t(163, lambda: struct.pack_into('1Pp', bytearray(10), 0, 298))
t(164, lambda: struct.pack_into('<h', bytearray(15), 6, 65541))
t(165, lambda: m[:4, 0])
t(166, lambda: m != b'\xffA\xc8\x00\x80')
t(167, lambda: m == m.tobytes())
t(168, lambda: len(b))
t(169, lambda: b.index(97))
# scenario
m = m2 = None
b = mk(170, lambda: array.array('B', [152, 77]))
m = mk(171, lambda: memoryview(b))
t(172, lambda: with_view(m))
t(173, lambda: reversed(m) is None)
t(174, lambda: struct.unpack('<2l1Ll', b'\x7f\x80\xc8\x7f\x02AaA\x80\x01\x7f\xff\x02\x7f\xc8\x02'))
t(175, lambda: bytes(m))
t(176, lambda: bool(m2))
t(177, lambda: m[:-4].tolist())
t(178, lambda: m.cast('P').tolist())
t(179, lambda: 160 in m)
t(180, lambda: m[2:-3].tobytes())
t(181, lambda: struct.unpack('<3Hi0I', struct.pack('<3Hi0I', 0, 69, -1, ())))
t(182, lambda: b.index(251))
# scenario
m = m2 = None
b = mk(183, lambda: bytearray(b'\xe1\xdb\xda\xdc\x83\x97\x8b\xc6N\x17\x10W\xdc\x00lCj\xbe\x83\x16\xb7g<Q'))
m = mk(184, lambda: memoryview(b).cast('c'))
m2 = mk(185, lambda: memoryview(m))
t(186, lambda: bytearray(b))
t(187, lambda: list(struct.iter_unpack('3b1e2N', m)))
t(188, lambda: struct.unpack('@x', struct.pack('@x')))
t(189, lambda: bool(m))
t(190, lambda: m.hex(':', -2))
t(191, lambda: list(m))
t(192, lambda: struct.pack('>1f', float('-inf')))
t(193, lambda: m.cast('?', []).tolist())
t(194, lambda: bytes(b))
t(195, lambda: m.tolist())
t(196, lambda: items(m2))
t(197, lambda: reversed(m2) is None)
t(198, lambda: struct.unpack('>2s', b'\x02\xc8\xff\xff'))
# scenario
m = m2 = None
b = mk(199, lambda: b'\x02a')
m = mk(200, lambda: memoryview(b))
m2 = mk(201, lambda: memoryview(m)[-4:2:-3])
t(202, lambda: len(m))
t(203, lambda: 'a' in m)
t(204, lambda: 156 in m)
t(205, lambda: b.count('a'))
