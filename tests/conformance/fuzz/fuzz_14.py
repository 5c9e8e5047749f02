# Written by tests/fuzz/gen.py --seed 14 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: b'aaa\x01\xc8a\xc8\x80\x80\x01aA\x7f\x7fa\x7f\xff\x02\x02\xffa\x02\x00\x01')
m = mk(2, lambda: memoryview(b).cast('2i'))
m2 = mk(3, lambda: memoryview(m)[1:-21:1])
t(4, lambda: m2[...])
t(5, lambda: bytes(b))
t(6, lambda: list(m))
t(7, lambda: setitem(m2, (), 45).tolist())
t(8, lambda: m[3, 1, -3])
t(9, lambda: array.array('d', m))
t(10, lambda: m.hex(' ', 2))
t(11, lambda: memoryview(m).tolist())
t(12, lambda: struct.pack_into('2IN', bytearray(12), 10, 'a', 291, 241))
t(13, lambda: -1 in m)
t(14, lambda: setitem(m, slice(None, None, 25), bytearray(b'\xff\xff\x7f\xc8\x00A\x80\xc8\x7f\x01a\x01\x02A\x00\x02Aa\xc8\xc8\x02\xff\x80\x00\x01')).tolist())
t(15, lambda: struct.pack_into('=ee1x', bytearray(15), -13, -2.25, 65520.0))
t(16, lambda: items(m))
# scenario
m = m2 = None
b = mk(17, lambda: array.array('q', []))
m = mk(18, lambda: memoryview(b).cast('B').cast('f'))
m2 = mk(19, lambda: memoryview(b))
t(20, lambda: b.append(1))
t(21, lambda: m[1:4:-1].tobytes())
t(22, lambda: items(m))
t(23, lambda: setitem(m, (-1), 0.1).tolist())
t(24, lambda: setitem(m, slice(0, -2), 'ab').tolist())
t(25, lambda: m.release())
# scenario
m = m2 = None
b = mk(26, lambda: array.array('Q', [179, 284, 171, 18446744073709551615, 20, 139, 101, 0]))
m = mk(27, lambda: memoryview(b).cast('B').cast('i', (8, 1, 2)))
t(28, lambda: b.fromlist([-1]))
t(29, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(30, lambda: m >= bytearray(b'A\x01\x02\xc8\xff\xc8\x7f\x80\xff\x01\x7f\x01\xff\x7fa\x02'))
t(31, lambda: m[-3, -4])
t(32, lambda: m[8::17].tolist())
# scenario
m = m2 = None
b = mk(33, lambda: array.array('l', [212, -113]))
m = mk(34, lambda: memoryview(b))
t(35, lambda: m[:-4].tobytes())
t(36, lambda: struct.unpack_from('fi', m))
t(37, lambda: list(struct.iter_unpack('!h1p', b'\xf9\xe7{\x19\xfdM\xe8k\x85f\x9c?\xfc\xcf\x0e\xf4')))
t(38, lambda: struct.unpack_from('=2l0L', b'\x00', -10))
t(39, lambda: m[2:1:].tolist())
t(40, lambda: struct.pack_into('2s0H1e', m, 2, bytearray(b'xy')))
t(41, lambda: reversed(m) is None)
t(42, lambda: b.insert(-2, -85))
# scenario
m = m2 = None
b = mk(43, lambda: bytearray(b''))
m = mk(44, lambda: memoryview(b).cast('e', []))
t(45, lambda: struct.unpack_from('i3', b'\x1a\xab\xab\xd6\xd4\x08\xf5\n', 8))
t(46, lambda: list(struct.iter_unpack('z', b'\x07@4\x9a\xa5\n\x15b')))
t(47, lambda: b.reverse())
t(48, lambda: setitem(m, (None), 2**70).tolist())
t(49, lambda: b == array.array('b', [1]))
t(50, lambda: m.tobytes())
t(51, lambda: struct.calcsize('<2L'))
t(52, lambda: m.cast('h', [1, 1]).tolist())
t(53, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(54, lambda: m.nbytes)
t(55, lambda: with_view(m2))
t(56, lambda: struct.unpack_from('=3c', m))
# scenario
m = m2 = None
b = mk(57, lambda: array.array('f', [-0.0, 65504.0, -0.0]))
m = mk(58, lambda: memoryview(b)[-1::3])
m2 = mk(59, lambda: memoryview(b))
t(60, lambda: reversed(m) is None)
t(61, lambda: m.cast('f').tolist())
t(62, lambda: struct.unpack('@lP1B', b'\xc3\x8f\xa3H'))
t(63, lambda: memoryview(m).tolist())
t(64, lambda: list(struct.iter_unpack('0s3H', b'\x80\x80\x7f\x01\x01\xff\xff\xc8\x7f\x01A\x80\x02\x80\xc8\x00')))
t(65, lambda: struct.unpack('>0I2q1l', b'\x86\xee\xca\\\x97k\xe8\xd1'))
t(66, lambda: b.byteswap())
t(67, lambda: m2[...])
t(68, lambda: struct.pack_into('i3x2h', bytearray(3), -2, 1.5, 65541, -87))
# scenario
m = m2 = None
b = mk(69, lambda: bytearray(b'\x02\x00\x80\xc8\x01\x02\x01\xc8A\x02A\x7f\xc8\x7f\x02\x02'))
m = mk(70, lambda: memoryview(b))
m2 = mk(71, lambda: memoryview(m))
t(72, lambda: m['a'])
t(73, lambda: b''.join([m, b'-', m]))
t(74, lambda: m.cast('f', [16]).tolist())
t(75, lambda: m2.tolist())
t(76, lambda: b.reverse())
t(77, lambda: b.remove(b'\x00\x01'))
t(78, lambda: bytes(b))
# scenario
m = m2 = None
b = mk(79, lambda: b'\xff\x00\x02\x7f\x80aa\x80')
m = mk(80, lambda: memoryview(b))
m2 = mk(81, lambda: memoryview(b)[::])
t(82, lambda: struct.unpack('@3?', struct.pack('@3?', [], False, b'')))
t(83, lambda: len(b))
t(84, lambda: list(reversed(m)))
t(85, lambda: len(m))
t(86, lambda: m.cast('Q', [0]).tolist())
t(87, lambda: setitem(m, ..., 255).tolist())
t(88, lambda: b.index('a'))
t(89, lambda: m.__len__())
t(90, lambda: m[3])
t(91, lambda: m.cast('c', [8]).tolist())
t(92, lambda: list(struct.iter_unpack('fi', b'A')))
t(93, lambda: m[()])
t(94, lambda: m[-10::1].tobytes())
# scenario
m = m2 = None
b = mk(95, lambda: bytearray(b'\x01\x80\xc8\xc8\x7f\x00'))
m = mk(96, lambda: memoryview(b))
t(97, lambda: bool(m))
t(98, lambda: b.extend(b'j\xcf\x0c\x8fC'))
t(99, lambda: m.hex(':', 3))
t(100, lambda: m.suboffsets)
t(101, lambda: memoryview(m2).tolist())
t(102, lambda: list(struct.iter_unpack('!1b3d', m2)))
t(103, lambda: b[2])
# scenario
m = m2 = None
b = mk(104, lambda: b'\x00')
m = mk(105, lambda: memoryview(b))
m2 = mk(106, lambda: memoryview(m)[:-4:2])
t(107, lambda: struct.unpack('>0f', b'a\x01\xc8\x01\xff'))
t(108, lambda: m.cast('e', [2, 0]).tolist())
t(109, lambda: b''.join([m, b'-', b]))
t(110, lambda: int.from_bytes(m, 'big', signed=True))
t(111, lambda: struct.unpack('@ded', b'\x01\x02\xffa\x01\xff\xc8\x01\x00A\x7f\x02\xc8\x7f\xc8A'))
t(112, lambda: bytearray(b'+').join([m]))
t(113, lambda: b.hex(':'))
t(114, lambda: struct.calcsize('>3d1dI'))
t(115, lambda: hash(m) == hash(m.tobytes()))
t(116, lambda: hash(m) == hash(m.tobytes()))
# scenario
m = m2 = None
b = mk(117, lambda: array.array('H', [108, 281, 297, 89]))
m = mk(118, lambda: memoryview(b))
m2 = mk(119, lambda: memoryview(b).cast('B').cast('i'))
t(120, lambda: b.typecode)
t(121, lambda: m.toreadonly().tolist())
t(122, lambda: b.index(65))
t(123, lambda: struct.pack_into('>3?Qd', bytearray(8), 6, False, 1, 'x', 132, float('nan')))
t(124, lambda: setitem(m, slice(6, None, -1), 'ab').tolist())
t(125, lambda: setitem(m, (-5), -1).tolist())
t(126, lambda: m[-3:5].tobytes())
t(127, lambda: m.hex(b'.', -1))
t(128, lambda: b.frombytes(b'Aa\x02'))
t(129, lambda: setitem(m, (3), 0).tolist())
t(130, lambda: setitem(m, -5, 131077).tolist())
t(131, lambda: list(reversed(m2)))
t(132, lambda: setitem(m2, (2), 4294967301).tolist())
t(133, lambda: m[...])
# scenario
m = m2 = None
b = mk(134, lambda: bytearray(b'\x01a\xff\xff\x00\xff'))
m = mk(135, lambda: memoryview(b).cast('?'))
t(136, lambda: setitem(m, -5, True).tolist())
t(137, lambda: m == bytearray(b'\xc8\x7fa\xc8'))
t(138, lambda: b.insert(0, 5))
t(139, lambda: struct.unpack('>dH', struct.pack('>dH', -1e-310, 1)))
t(140, lambda: b == m.tobytes())
t(141, lambda: struct.unpack('3Hb2d', struct.pack('3Hb2d', b'x', 22, [1], 98, 65504.0, 1.5)))
t(142, lambda: m[:-9, 0])
t(143, lambda: with_view(m))
t(144, lambda: with_view(m))
t(145, lambda: m.tobytes('C'))
t(146, lambda: struct.pack('>1s', b'', 1))
t(147, lambda: b.count(256))
t(148, lambda: b)
# scenario
m = m2 = None
b = mk(149, lambda: b'\xba')
m = mk(150, lambda: memoryview(b)[-4:3:-2])
t(151, lambda: struct.unpack_from('@N2Q1b', b'\xad\xb5\x13', 8))
t(152, lambda: m.toreadonly().tolist())
t(153, lambda: bool(m))
t(154, lambda: struct.pack_into('', bytearray(0), 0))
t(155, lambda: 77 in m)
t(156, lambda: m.obj is b)
t(157, lambda: int.from_bytes(m, 'big', signed=True))
t(158, lambda: b.index(b'a'))
t(159, lambda: struct.calcsize('!3H1H'))
t(160, lambda: m.__len__())
t(161, lambda: b.count(b'a'))
t(162, lambda: m.toreadonly().tolist())
# scenario
m = m2 = None
b = mk(163, lambda: array.array('B', [23]))
m = mk(164, lambda: memoryview(b)[-1:-3])
m2 = mk(165, lambda: memoryview(m).cast('b'))
t(166, lambda: struct.pack('!p0hq', b'abc', 1))
t(167, lambda: struct.unpack('@0h', b'N\xe2\xc2\xb3'))
t(168, lambda: list(m))
t(169, lambda: memoryview(m).tolist())
t(170, lambda: struct.unpack('c1Q0B', m))
t(171, lambda: delitem(b, 1))
t(172, lambda: reversed(m) is None)
t(173, lambda: b.remove(0))
t(174, lambda: setitem(m, -3, 255).tolist())
t(175, lambda: b.index(126))
t(176, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(177, lambda: bytearray(b'\xc8'))
m = mk(178, lambda: memoryview(b))
m2 = mk(179, lambda: memoryview(m)[:2:])
t(180, lambda: m.tobytes('A'))
t(181, lambda: m[[0]])
t(182, lambda: list(struct.iter_unpack('!1x', b'\xc8aa\xc8\x80A\x80aA\x00\x01aAA\x00\x80')))
t(183, lambda: b.clear())
t(184, lambda: hash(m) == hash(m.tobytes()))
t(185, lambda: bytes(b))
t(186, lambda: bytearray(b))
t(187, lambda: b''.join([m2, b'-', b]))
t(188, lambda: m2 < 'abc')
# scenario
m = m2 = None
b = mk(189, lambda: b'\x01\xff\x80\xc8A\x02a\x00')
m = mk(190, lambda: memoryview(b).cast('P'))
t(191, lambda: m.tobytes('F'))
t(192, lambda: b[-1])
t(193, lambda: 1 in m)
t(194, lambda: m.toreadonly().readonly)
# scenario
m = m2 = None
b = mk(195, lambda: bytearray(b'\xff\x00A\x00\x80\xff'))
m = mk(196, lambda: memoryview(b)[:-6])
m2 = mk(197, lambda: memoryview(b))
t(198, lambda: m2 >= array.array('i', [1, 2, 4, 1]))
t(199, lambda: m.obj is b)
t(200, lambda: struct.unpack('l3?', b'\x00\x80'))
t(201, lambda: list(struct.iter_unpack('>3cdb', b'r\xf8\xe2x')))
t(202, lambda: m[7])
t(203, lambda: m.tobytes())
t(204, lambda: m.release())
t(205, lambda: b.clear())
t(206, lambda: m.toreadonly().tolist())
t(207, lambda: m[-3:7:1, 0])
t(208, lambda: b.insert(0, 5))
t(209, lambda: b[6])
t(210, lambda: list(struct.iter_unpack('<I0H', b'\xc8\x01\x00\xc8')))
