# Written by tests/fuzz/gen.py --seed 6 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: array.array('B', [18, 240, 255]))
m = mk(2, lambda: memoryview(b).cast('B'))
t(3, lambda: list(struct.iter_unpack('2d', b'\x01\x80\x7f\x01')))
t(4, lambda: setitem(m, -4, 517).tolist())
t(5, lambda: m2.tobytes())
t(6, lambda: struct.unpack_from('=2s', m2, 5))
t(7, lambda: struct.pack('=n', 0))
t(8, lambda: m[:-2:-3].tolist())
t(9, lambda: m[5:-3:].tobytes())
t(10, lambda: struct.unpack_from('@2QQ', m2))
t(11, lambda: m.tobytes('F'))
t(12, lambda: m.release())
# scenario
m = m2 = None
b = mk(13, lambda: b"-\xe4\xe4\xc2'\xda\xf1\x9b\xd1+b\x88\xe7\xf9X\t")
m = mk(14, lambda: memoryview(b).cast('?'))
m2 = mk(15, lambda: memoryview(m).cast('B').cast('P', [2, 1]))
t(16, lambda: array.array('i', m))
t(17, lambda: m2 < 1)
t(18, lambda: m2.hex('-'))
t(19, lambda: struct.unpack_from('>0?', m2, 0))
t(20, lambda: list(struct.iter_unpack('!2f1I', b'a')))
t(21, lambda: struct.unpack('0e', struct.pack('0e')))
t(22, lambda: m.tobytes())
t(23, lambda: b[-4:-17:-2])
t(24, lambda: m.__len__())
t(25, lambda: b[2:-9:1])
t(26, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(27, lambda: bytearray(b'\xb3'))
m = mk(28, lambda: memoryview(b)[:-2])
t(29, lambda: m2[-2:-2:3, 0])
t(30, lambda: m2.cast('q', [1, 1]).tolist())
t(31, lambda: b.pop())
t(32, lambda: bytearray(b'+').join([m]))
t(33, lambda: struct.pack_into('<qh3h', m2, -2, -238, 183, -32769, -1))
t(34, lambda: reversed(m) is None)
t(35, lambda: setitem(m2, ..., 30).tolist())
t(36, lambda: m.itemsize)
t(37, lambda: b.index(0))
t(38, lambda: b)
t(39, lambda: b.reverse())
t(40, lambda: struct.pack_into('>1Ii', bytearray(20), 4, 4294967295, -287))
# scenario
m = m2 = None
b = mk(41, lambda: array.array('d', [float('inf'), 1e10, float('nan'), 1e300, -0.0, -1e-310, -1e-310, float('inf')]))
m = mk(42, lambda: memoryview(b).cast('B').cast('L', [1, 8]))
t(43, lambda: m == m)
t(44, lambda: b[7::])
t(45, lambda: m.toreadonly().tolist())
t(46, lambda: bytearray(b'+').join([m]))
# scenario
m = m2 = None
b = mk(47, lambda: array.array('q', [-90, 9223372036854775807, 270, 266, 9223372036854775807, -37, -11, 147]))
m = mk(48, lambda: memoryview(b)[:-9])
t(49, lambda: struct.calcsize('!q0Q'))
t(50, lambda: m.hex())
t(51, lambda: m.toreadonly().tolist())
t(52, lambda: m2[2**63])
t(53, lambda: list(reversed(m)))
t(54, lambda: struct.pack_into('!Bq3h', bytearray(7), -15, b'x', 1, 1, -1, -99))
t(55, lambda: struct.unpack('xp', b'\x00a\x01\x80\x7f\x01\x7f\x02\x02\x7f\xc8\x80'))
# scenario
m = m2 = None
b = mk(56, lambda: array.array('q', [28, 257, -9223372036854775808, 45, 44, 160, 78, -9223372036854775808]))
m = mk(57, lambda: memoryview(b)[6:-2:-1])
t(58, lambda: memoryview(m).tolist())
t(59, lambda: struct.pack_into('!2pI', bytearray(1), -10, 1, 78))
t(60, lambda: m < array.array('f', [4, 2, 4, 2]))
t(61, lambda: struct.calcsize('@e3bB'))
# scenario
m = m2 = None
b = mk(62, lambda: bytearray(b"\x86\xb4\x00 \x88\x9e\xb1\xc6\xce':\x90\xfd\xe4\x83\x9e{\x07\x1a\xc2Np\x96\x06"))
m = mk(63, lambda: memoryview(b).cast('h', (3, 2)))
t(64, lambda: m[13:7].tobytes())
t(65, lambda: memoryview(m2).tolist())
t(66, lambda: int.from_bytes(m, 'little'))
t(67, lambda: m.release())
t(68, lambda: m.cast('I', []).tolist())
t(69, lambda: b == array.array('b', [1]))
# scenario
m = m2 = None
b = mk(70, lambda: array.array('f', []))
m = mk(71, lambda: memoryview(b))
m2 = mk(72, lambda: memoryview(m))
t(73, lambda: struct.pack_into('<3e', m, -2, 2**70, True, 1e10))
t(74, lambda: struct.calcsize('=3c0x'))
t(75, lambda: iadd(b, b))
t(76, lambda: int.from_bytes(m, 'little'))
t(77, lambda: m.tolist())
t(78, lambda: memoryview(m).tolist())
t(79, lambda: bytearray(b))
t(80, lambda: b.insert(-1, 65504.0))
t(81, lambda: memoryview(m).tolist())
t(82, lambda: array.array('i', m))
# scenario
m = m2 = None
b = mk(83, lambda: b'\x00\x00\x00\xc8\x01\xff\x80\xc8\x7f\xc8AA\x7f\x02\x01A\x00Aa\x80A\x7f\xc8\x7f')
m = mk(84, lambda: memoryview(b).cast('I'))
t(85, lambda: bytearray(b'+').join([m]))
t(86, lambda: list(struct.iter_unpack('!N', b'')))
t(87, lambda: struct.unpack_from('>3B', b'\x01\xff\xc8', -10))
t(88, lambda: struct.pack('i'))
# scenario
m = m2 = None
b = mk(89, lambda: bytearray(b'AA\x80\xff\xff\xc8\x01\x80\xff\x02\x02A'))
m = mk(90, lambda: memoryview(b))
t(91, lambda: m.tobytes())
t(92, lambda: struct.pack_into('@n', bytearray(1), 0, ()))
t(93, lambda: setitem(m, ..., 1).tolist())
t(94, lambda: items(m))
t(95, lambda: len(m))
t(96, lambda: setitem(m, -14, -2**63 - 1).tolist())
t(97, lambda: m.cast('b').tolist())
t(98, lambda: delitem(m, -5))
t(99, lambda: m.toreadonly().tolist())
t(100, lambda: m.obj is b)
# scenario
m = m2 = None
b = mk(101, lambda: bytearray(b'\xb3=\x00|\x9cjk#'))
m = mk(102, lambda: memoryview(b)[8:-1:-3])
m2 = mk(103, lambda: memoryview(b).cast('d'))
t(104, lambda: setitem(m, ..., 183).tolist())
t(105, lambda: m[::0, 0])
t(106, lambda: m.cast('b').tolist())
t(107, lambda: setitem(m, (-2), 216).tolist())
t(108, lambda: hash(m) == hash(m.tobytes()))
t(109, lambda: setitem(b, -3, 0))
t(110, lambda: struct.unpack('=1s2B1s', struct.pack('=1s2B1s', b'abc', 124, -1, bytearray(b'xy'))))
t(111, lambda: iadd(b, b'Q'))
t(112, lambda: struct.unpack_from('@1?', m))
t(113, lambda: m['a'])
t(114, lambda: list(struct.iter_unpack('!1Q', b'')))
t(115, lambda: int.from_bytes(m2, 'little'))
t(116, lambda: list(reversed(m2)))
# scenario
m = m2 = None
b = mk(117, lambda: bytearray(b'a\x80\x80\x7f\xc8\x7fA\x01'))
m = mk(118, lambda: memoryview(b).toreadonly())
t(119, lambda: struct.pack_into('0s', m, 10, 1))
t(120, lambda: m.suboffsets)
t(121, lambda: m[:].tobytes())
t(122, lambda: delitem(m2, 2))
t(123, lambda: m < m2)
t(124, lambda: len(m))
t(125, lambda: m.tobytes('F'))
t(126, lambda: m[slice(None), 0])
# scenario
m = m2 = None
b = mk(127, lambda: bytearray(b'\x02\x00\x01A\xc8\x01\xff\x80\xff\xc8\x80\x7f\x02\xff\x01\x02aA\x00A\x7f\x00\x80\x7f'))
m = mk(128, lambda: memoryview(b))
t(129, lambda: m.__len__())
t(130, lambda: b.count(255))
t(131, lambda: m.toreadonly().tolist())
t(132, lambda: len(m))
t(133, lambda: m.cast('x').tolist())
t(134, lambda: struct.unpack_from('!B2x0L', b'A\x01\x80\x80\x00\xc8\x02\x00\xc8\x00\x00\x01', 6))
t(135, lambda: m[::1].tobytes())
t(136, lambda: struct.pack_into('<q2Bd', bytearray(10), 0, 9223372036854775807, 1, 1, 65520.0))
t(137, lambda: bytearray(m))
t(138, lambda: m.hex('\u20ac'))
t(139, lambda: m.itemsize)
# scenario
m = m2 = None
b = mk(140, lambda: array.array('Q', [274, 230, 81, 5, 57, 155, 298, 208]))
m = mk(141, lambda: memoryview(b).cast('B').cast('L', [2, 4, 1]))
t(142, lambda: iadd(b, array.array('Q', [190])))
t(143, lambda: b.byteswap())
t(144, lambda: struct.calcsize('=1x3l'))
t(145, lambda: setitem(m, ..., 0).tolist())
t(146, lambda: struct.unpack('=f', b'\x7fAA\xff\x00\x01\x02\xff\xc8A\x02\xc8\x7faA\xc8'))
t(147, lambda: m[-2:-5].tolist())
t(148, lambda: b.tobytes().hex())
t(149, lambda: b[9:9])
t(150, lambda: struct.calcsize('!0e'))
# scenario
m = m2 = None
b = mk(151, lambda: bytearray(b'\xffA\x01\xc8\xc8A'))
m = mk(152, lambda: memoryview(b)[8::7])
t(153, lambda: 154 in m)
t(154, lambda: m.cast('P').tolist())
t(155, lambda: memoryview(m).tolist())
t(156, lambda: m == memoryview(m.tobytes()).cast('B'))
t(157, lambda: struct.pack('i3', -33))
t(158, lambda: array.array('b', m2))
t(159, lambda: m[4:, 0])
t(160, lambda: m2[-3])
t(161, lambda: m.tobytes('A'))
t(162, lambda: struct.unpack('se3i', struct.pack('se3i', b'\xff\x7f', 2**70, -174, True, -297)))
t(163, lambda: m.tolist())
t(164, lambda: struct.unpack_from('', m, 2))
t(165, lambda: bytearray(b'+').join([m]))
t(166, lambda: m == 'abc')
# scenario
m = m2 = None
b = mk(167, lambda: array.array('Q', [248, 0]))
m = mk(168, lambda: memoryview(b))
t(169, lambda: b == m)
t(170, lambda: m[-1:].tolist())
t(171, lambda: items(m))
t(172, lambda: hash(m) == hash(m.tobytes()))
t(173, lambda: m.release())
t(174, lambda: m.cast('Q', [1, 2]).tolist())
t(175, lambda: list(struct.iter_unpack('h2BQ', m)))
t(176, lambda: struct.calcsize('<1H'))
t(177, lambda: m[1])
t(178, lambda: b''.join([m, b'-', m]))
# scenario
m = m2 = None
b = mk(179, lambda: bytearray(b'a\x7fa\x01\x80\x01\xc8\x7f'))
m = mk(180, lambda: memoryview(b)[::3])
t(181, lambda: m.toreadonly().tolist())
t(182, lambda: bytearray(m2))
t(183, lambda: struct.pack_into('@3bB2c', m, 8, -1, 261, -129, 1, b'a', bytearray(b'z')))
t(184, lambda: m2.toreadonly().readonly)
t(185, lambda: b.index(b'\x00\x01'))
t(186, lambda: m.__len__())
t(187, lambda: m[-11:3:1, 0])
t(188, lambda: memoryview(m).tolist())
t(189, lambda: m[0:11].tolist())
t(190, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(191, lambda: array.array('H', [0, 58, 250, 257, 35, 129, 114, 250]))
m = mk(192, lambda: memoryview(b).cast('B').cast('N'))
t(193, lambda: struct.unpack_from('<2s', m))
t(194, lambda: bool(m2))
t(195, lambda: bytes(m))
t(196, lambda: b''.join([m, b'-', b'z']))
t(197, lambda: m == b)
t(198, lambda: b.typecode)
t(199, lambda: setitem(m, (-4), 184).tolist())
t(200, lambda: b == array.array('H', b.tolist()))
t(201, lambda: struct.pack_into('!B', bytearray(12), -3, b'', 1))
t(202, lambda: b.index(131077))
t(203, lambda: bool(m))
t(204, lambda: m.hex(''))
