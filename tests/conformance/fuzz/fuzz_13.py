# Written by tests/fuzz/gen.py --seed 13 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\x02A'))
m = mk(2, lambda: memoryview(b))
m2 = mk(3, lambda: memoryview(b)[:1])
t(4, lambda: setitem(m2, (True), 256).tolist())
t(5, lambda: b.remove(b''))
t(6, lambda: struct.unpack('@1i2f', b'\x7f\x01\x7fa\xc8'))
t(7, lambda: m2.obj is b)
t(8, lambda: int.from_bytes(m, 'big'))
t(9, lambda: m != m)
t(10, lambda: b.pop())
t(11, lambda: m.obj is b)
t(12, lambda: struct.unpack_from('Ps3d', b'', 3))
t(13, lambda: m2[:-4:2].tolist())
t(14, lambda: m.cast('d').tolist())
t(15, lambda: int.from_bytes(b, 'big'))
t(16, lambda: m2.obj is b)
t(17, lambda: struct.unpack_from('@2d1b', b'\x00\x00\x7f\x7f\x02', -5))
# scenario
m = m2 = None
b = mk(18, lambda: array.array('q', [-9223372036854775808, -49, -8, 266]))
m = mk(19, lambda: memoryview(b).cast('B').cast('h'))
t(20, lambda: list(reversed(m)))
t(21, lambda: m[8:].tobytes())
t(22, lambda: m.toreadonly().readonly)
t(23, lambda: struct.unpack_from('@1N', b'a\xff\x80\x02\x02\x00\x01\x7f', 6))
t(24, lambda: m.toreadonly().readonly)
t(25, lambda: m.obj is b)
t(26, lambda: m.toreadonly().tolist())
t(27, lambda: struct.calcsize('<?0i?'))
# scenario
m = m2 = None
b = mk(28, lambda: bytearray(b'\x87m\x18yz\xe1c\xc9'))
m = mk(29, lambda: memoryview(b))
t(30, lambda: int.from_bytes(m, 'big', signed=True))
t(31, lambda: list(m.cast('e')))
t(32, lambda: m < m)
t(33, lambda: hash(m) == hash(m.tobytes()))
# scenario
m = m2 = None
b = mk(34, lambda: bytearray(b'L\xe6\x9a\x01\x0e\x84'))
m = mk(35, lambda: memoryview(b).cast('i'))
t(36, lambda: reversed(m) is None)
t(37, lambda: array.array('i', bytes(b)))
t(38, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(39, lambda: -1 in m)
t(40, lambda: int.from_bytes(m2[::-1]))
t(41, lambda: m.cast('P', [0]).tolist())
t(42, lambda: b == b'\x0bI\x98N\x1b\xdb\x83s')
t(43, lambda: delitem(m, -8))
t(44, lambda: m2.nbytes == len(m2.tobytes()))
# scenario
m = m2 = None
b = mk(45, lambda: bytearray(b'\xff\x80A\xff'))
m = mk(46, lambda: memoryview(b))
m2 = mk(47, lambda: memoryview(b))
t(48, lambda: b.clear())
t(49, lambda: setitem(m, ..., 68).tolist())
t(50, lambda: m.hex(':', 3))
t(51, lambda: b''.join([m2, b'-', m]))
t(52, lambda: imul(b, 0))
t(53, lambda: array.array('d', m))
t(54, lambda: bytearray(b'+').join([m]))
t(55, lambda: struct.unpack('>3H', struct.pack('>3H', 39, 65536, 13)))
t(56, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(57, lambda: b'J\xa6\x99j\xdc\x96')
m = mk(58, lambda: memoryview(b).cast('c'))
t(59, lambda: m[-3])
t(60, lambda: m.cast('H', [0]).tolist())
t(61, lambda: array.array('d', b))
t(62, lambda: memoryview(b) == m)
t(63, lambda: m.tobytes('X'))
t(64, lambda: b.index(1))
t(65, lambda: array.array('i', m2))
t(66, lambda: m[8:0].shape)
t(67, lambda: m.hex('-'))
t(68, lambda: reversed(m) is None)
t(69, lambda: m[-6:, 0])
t(70, lambda: m.cast('d', [2, 3]).tolist())
# scenario
m = m2 = None
b = mk(71, lambda: b'\xa9\xba?\x01\xfa-3\x89\xe5\x07\xd7G\x00G|\xb2')
m = mk(72, lambda: memoryview(b).cast('Z'))
m2 = mk(73, lambda: memoryview(m))
t(74, lambda: m[..., None, 2])
t(75, lambda: m[6])
t(76, lambda: struct.pack_into('@Q2b', b, 3, 285, 108, 103))
t(77, lambda: m2[:-17].tolist())
t(78, lambda: struct.pack('=n', 1))
# scenario
m = m2 = None
b = mk(79, lambda: bytearray(b'\x80\x00\x80\x80'))
m = mk(80, lambda: memoryview(b).cast('e', (1, 1, 2)))
t(81, lambda: list(struct.iter_unpack('!1b2d', b'\x06\x1e\xfaZz:\x0e\xd7h\xee\xf5\x12')))
t(82, lambda: setitem(m, (2, -3, -5), 1.5).tolist())
t(83, lambda: list(m.cast('e')))
t(84, lambda: len(m))
t(85, lambda: items(m2))
t(86, lambda: b[-5])
t(87, lambda: m[-5:1:0].tolist())
t(88, lambda: struct.unpack_from('>h2i0s', b, 6))
t(89, lambda: memoryview(b) == bytes(b))
t(90, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(91, lambda: bytearray(b'\x036\xe2\xeax^'))
m = mk(92, lambda: memoryview(b).cast('n'))
t(93, lambda: struct.pack('<e', 'a'))
t(94, lambda: list(m))
t(95, lambda: m.hex())
t(96, lambda: memoryview(m).tolist())
t(97, lambda: setitem(b, slice(-4, 6, 0), b''))
t(98, lambda: b.extend(range(3)))
t(99, lambda: m.f_contiguous)
t(100, lambda: setitem(m, (), 213).tolist())
t(101, lambda: b''.join([b, m]))
t(102, lambda: setitem(m, slice(None, -3), array.array('B', [])).tolist())
t(103, lambda: struct.unpack('Pp', m2))
t(104, lambda: setitem(m, (), 216).tolist())
t(105, lambda: m.tobytes('A'))
# scenario
m = m2 = None
b = mk(106, lambda: b'\x80Aa\xff\xc8A\x00\x01')
m = mk(107, lambda: memoryview(b).cast('x'))
m2 = mk(108, lambda: memoryview(m))
t(109, lambda: m.nbytes == len(m.tobytes()))
t(110, lambda: m.nbytes == len(m.tobytes()))
t(111, lambda: m[slice(None), 0])
t(112, lambda: list(m))
t(113, lambda: struct.unpack_from('npn', b, 4))
t(114, lambda: struct.pack('L', 0))
t(115, lambda: list(struct.iter_unpack('=1eQ', m)))
t(116, lambda: m[()])
t(117, lambda: 1 in m)
t(118, lambda: m != array.array('q', [0]))
t(119, lambda: struct.pack_into('>1H0b1I', b, 7, 187, 4294967296))
t(120, lambda: bool(m))
t(121, lambda: setitem(m, True, 44).tolist())
t(122, lambda: bytes(b))
# scenario
m = m2 = None
b = mk(123, lambda: array.array('i', [2147483647, -155]))
m = mk(124, lambda: memoryview(b).cast('B').cast('q'))
m2 = mk(125, lambda: memoryview(m).cast('B').cast('I'))
t(126, lambda: b)
t(127, lambda: m[...])
t(128, lambda: m[()])
t(129, lambda: bytearray(b'+').join([m]))
t(130, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(131, lambda: array.array('w', ''))
m = mk(132, lambda: memoryview(b).cast('B').cast('f'))
t(133, lambda: setitem(m, (), 2**70).tolist())
t(134, lambda: struct.pack_into('!1s0L', b, 0, 1))
t(135, lambda: 5 in m2)
t(136, lambda: b.typecode)
t(137, lambda: setitem(m, slice(None, 4), bytearray(b'7]\x13@\x97\x98\x13\xe4')).tolist())
t(138, lambda: int.from_bytes(m, 'little'))
t(139, lambda: setitem(m, (4), 65520.0).tolist())
t(140, lambda: delitem(m, 0))
t(141, lambda: setitem(m, slice(None), m[::2]).tolist())
t(142, lambda: memoryview(m).tolist())
t(143, lambda: list(struct.iter_unpack('3s', m)))
t(144, lambda: with_view(b))
t(145, lambda: struct.unpack_from('>q2d0x', b'\xffa', -15))
# scenario
m = m2 = None
b = mk(146, lambda: bytearray(b'\xc8\xff\x80\x02A\x01'))
m = mk(147, lambda: memoryview(b).cast('n'))
t(148, lambda: m2['0'])
t(149, lambda: b.insert(0, 5))
t(150, lambda: b''.join([m2, b'-', b]))
t(151, lambda: struct.unpack_from('@H', b'\xffa\x80\x02a\xff\x00\x00\x80A\x7f\x02\x01\x00\x01\xc8', 2))
t(152, lambda: setitem(m[4:-3:7], -8, 112).tolist())
t(153, lambda: b.insert(0, 5))
t(154, lambda: setitem(b, slice(7, 6), b'a\xff\x01\x7f\x7f\xc8\xc8A'))
t(155, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(156, lambda: bytes(b))
t(157, lambda: setitem(b, slice(None, 1, 0), b''))
t(158, lambda: struct.pack_into('=2BdB', m, 4, 1, -1, -0.0, 233))
t(159, lambda: m[-3:-8:-1] == m2[-1:])
t(160, lambda: struct.unpack_from('=?', b'\xfff', -10))
t(161, lambda: m != memoryview(b'\x7fX\x16\xe3'))
# scenario
m = m2 = None
b = mk(162, lambda: array.array('d', [float('nan'), 65504.0, 1e10, -1e-310, -2.25, 1e300]))
m = mk(163, lambda: memoryview(b).cast('B').cast('H', (4, 6)))
m2 = mk(164, lambda: memoryview(m).cast('B').cast('x'))
t(165, lambda: b.buffer_info()[1])
t(166, lambda: list(struct.iter_unpack('>0?2q1B', b'\x01')))
t(167, lambda: items(m))
t(168, lambda: struct.unpack('>xI3d', b'Aa\xff\x00a\xc8\x02\x7f\x7fA\x00\x7f'))
t(169, lambda: list(struct.iter_unpack('<B', m)))
t(170, lambda: m2[-22:26].tobytes())
t(171, lambda: struct.unpack('=Q?L', struct.pack('=Q?L', 284, None, 0)))
t(172, lambda: m[slice(None), 0])
t(173, lambda: bytes(b))
# scenario
m = m2 = None
b = mk(174, lambda: bytearray(b'\xc8aA\xffA\x00a\xff\x02\x00A\x02'))
m = mk(175, lambda: memoryview(b)[11:15])
t(176, lambda: bytearray(m[:-6]))
t(177, lambda: m.hex())
t(178, lambda: setitem(m, (-1), 1.0).tolist())
t(179, lambda: m.__len__())
t(180, lambda: m[:-4:0].toreadonly().tolist())
t(181, lambda: m.toreadonly().tolist())
t(182, lambda: struct.pack_into('<1B3l', b, 10, 1, -294, -1, -233))
t(183, lambda: b.count(97))
t(184, lambda: b[-13])
t(185, lambda: struct.unpack_from('=1H', m))
t(186, lambda: struct.unpack_from('=3Bh', m, 2))
t(187, lambda: array.array('Q', m2))
# scenario
m = m2 = None
b = mk(188, lambda: bytearray(3))
m = mk(189, lambda: memoryview(b).cast('l'))
m2 = mk(190, lambda: memoryview(b).cast('B').cast('u'))
t(191, lambda: hash(m) == hash(m.tobytes()))
t(192, lambda: b''.join([m, b'-', b'z']))
t(193, lambda: m == bytearray(b'\x01a\xc8\x7f\xff\xff\xc8\x80'))
t(194, lambda: m2[:-4] == m2[2:-2:3])
t(195, lambda: m.cast('c').tolist())
t(196, lambda: m2.nbytes == len(m2.tobytes()))
t(197, lambda: m.cast('?').tolist())
t(198, lambda: b.clear())
# scenario
m = m2 = None
b = mk(199, lambda: b'\xc8\xc8a\x01a\x00\x01\x80\xffA\xc8\xff\x7f\xc8\xff\x01')
m = mk(200, lambda: memoryview(b).cast('?'))
t(201, lambda: memoryview(b) == b)
t(202, lambda: b.hex(b'_', 3))
t(203, lambda: b[8:-6])
t(204, lambda: b[:3:17])
t(205, lambda: m.tolist())
t(206, lambda: struct.unpack('<1?', struct.pack('<1?', 0)))
t(207, lambda: setitem(m, (-5), b'').tolist())
t(208, lambda: m.tolist())
t(209, lambda: array.array('L', bytes(b)))
