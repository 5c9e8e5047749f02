# Written by tests/fuzz/gen.py --seed 4 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\xc8'))
m = mk(2, lambda: memoryview(b).cast('s'))
t(3, lambda: setitem(m, (-4), 13).tolist())
t(4, lambda: setitem(b, -1, 255))
t(5, lambda: setitem(m[1::-3], -2, 143).tolist())
t(6, lambda: setitem(m[0:], -1, 517).tolist())
# scenario
m = m2 = None
b = mk(7, lambda: b'\x80\xc8\x02Aaa\x00\x01\x00\xc8a\xff')
m = mk(8, lambda: memoryview(b)[-5::1])
t(9, lambda: m2[()])
t(10, lambda: with_view(m))
t(11, lambda: m2.hex(':', -2))
t(12, lambda: setitem(m[:-10], -3, 0).tolist())
t(13, lambda: struct.unpack_from('<P', b, 2))
t(14, lambda: struct.unpack('=b1Hl', struct.pack('=b1Hl', -47, 4, 165)))
t(15, lambda: m.hex(' ', -2))
# scenario
m = m2 = None
b = mk(16, lambda: bytearray(b'\x1f\x1cVL'))
m = mk(17, lambda: memoryview(b))
t(18, lambda: m.c_contiguous)
t(19, lambda: struct.unpack_from('=1i', m, 3))
t(20, lambda: list(m))
t(21, lambda: hash(m[:]) == hash(m[:].tobytes()))
t(22, lambda: list(reversed(m)))
t(23, lambda: m[-1])
t(24, lambda: m2.release())
t(25, lambda: struct.pack_into('!1cQe', bytearray(18), 8, b'\xff', 241, float('inf')))
t(26, lambda: b.clear())
t(27, lambda: struct.unpack_from('=3I', b, 0))
t(28, lambda: m.obj is b)
t(29, lambda: bytearray(b))
t(30, lambda: len(b))
# scenario
m = m2 = None
b = mk(31, lambda: array.array('d', [65520.0, -1e-310, 65520.0, float('-inf'), 65504.0, 65504.0]))
m = mk(32, lambda: memoryview(b).cast('B').cast('B', (48, 1)))
t(33, lambda: m2[:20:0].tolist())
t(34, lambda: struct.unpack('s', b'\x02\x00\x7f\x01\xff\x00a\x7f\x01\x01\xff\xc8\x80Aa\x80'))
t(35, lambda: list(m.cast('e')))
t(36, lambda: m.nbytes == len(m.tobytes()))
t(37, lambda: b''.join([m2, b'-', b]))
t(38, lambda: list(m))
t(39, lambda: m[10:51:-2].tolist())
# scenario
m = m2 = None
b = mk(40, lambda: array.array('h', [53, 32767, 262, -114, -41, -144]))
m = mk(41, lambda: memoryview(b)[6:7])
t(42, lambda: setitem(m[-8:1:0], 1, -2**63 - 1).tolist())
t(43, lambda: b.remove(-43))
t(44, lambda: b.extend(b))
t(45, lambda: list(struct.iter_unpack('q0d', m)))
t(46, lambda: m.hex(':'))
t(47, lambda: m[()])
t(48, lambda: b.itemsize)
t(49, lambda: m.toreadonly().readonly)
t(50, lambda: hash(m[:-6]) == hash(m[:-6].tobytes()))
# scenario
m = m2 = None
b = mk(51, lambda: array.array('L', [39, 59, 245, 113, 155, 18446744073709551615]))
m = mk(52, lambda: memoryview(b))
m2 = mk(53, lambda: memoryview(m))
t(54, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(55, lambda: struct.calcsize('<2p1q'))
t(56, lambda: struct.unpack('1bp0s', struct.pack('1bp0s', [1], 1, 's')))
t(57, lambda: list(struct.iter_unpack('<3h3?e', b'\x00')))
t(58, lambda: imul(b, 1))
t(59, lambda: m[7:] == m2[8:3])
t(60, lambda: m.tolist())
t(61, lambda: setitem(m, slice(-5, None), 7).tolist())
# scenario
m = m2 = None
b = mk(62, lambda: b'\x80\x7f\x02\xffA\x01\xc8\x7fa\x80\x00Aaa\xc8\x7f')
m = mk(63, lambda: memoryview(b))
m2 = mk(64, lambda: memoryview(b))
t(65, lambda: len(b))
t(66, lambda: list(m2.cast('e')))
t(67, lambda: struct.pack_into(' ', m, 13))
t(68, lambda: m == None)
t(69, lambda: delitem(m, -17))
# scenario
m = m2 = None
b = mk(70, lambda: bytearray(b'a\x7f\x80\x80\x7fAaa\xff\x01\x00\x80'))
m = mk(71, lambda: memoryview(b).cast('f'))
t(72, lambda: m[-1])
t(73, lambda: imul(b, 2))
t(74, lambda: m == b)
t(75, lambda: m2.__len__())
t(76, lambda: struct.pack('@0h'))
t(77, lambda: m.cast('c').tolist())
t(78, lambda: struct.pack_into('>0B0H', m, -2))
t(79, lambda: bytearray(m))
t(80, lambda: delitem(b, -13))
# scenario
m = m2 = None
b = mk(81, lambda: array.array('f', [65504.0, 1e10]))
m = mk(82, lambda: memoryview(b)[::2])
t(83, lambda: setitem(m, (), 2**64).tolist())
t(84, lambda: struct.unpack('!Q1?f', struct.pack('!Q1?f', 69, None, 3)))
t(85, lambda: m2.hex(''))
t(86, lambda: m.tobytes('F'))
t(87, lambda: b''.join([b, b'-']))
t(88, lambda: struct.unpack_from('!N', m))
t(89, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(90, lambda: b'A\x80')
m = mk(91, lambda: memoryview(b))
t(92, lambda: list(struct.iter_unpack('>q2L2c', m)))
t(93, lambda: m[:-4] == m[-3:-3:])
t(94, lambda: m.cast('?').tolist())
t(95, lambda: m[1.0] == m[0])
t(96, lambda: setitem(m2[::-1], slice(None), m2[::-1]).tolist())
t(97, lambda: struct.unpack('=3sc', struct.pack('=3sc', 's', b'\xff')))
t(98, lambda: b == m)
t(99, lambda: struct.unpack('<b3s', struct.pack('<b3s', 127, b'abc', 1)))
t(100, lambda: m2.toreadonly().tolist())
# scenario
m = m2 = None
b = mk(101, lambda: bytearray(b'\xff\xc8'))
m = mk(102, lambda: memoryview(b).cast('n'))
t(103, lambda: list(m.cast('e')))
t(104, lambda: list(struct.iter_unpack('<fhh', m)))
t(105, lambda: struct.unpack_from('>1p', b'T\xa11w', 5))
t(106, lambda: struct.unpack('N', struct.pack('N', 2, 1)))
t(107, lambda: list(struct.iter_unpack('i', b'\xc8\x80a\xff\x01\x7f\x00\x01')))
t(108, lambda: m.release())
t(109, lambda: struct.unpack('>p', struct.pack('>p', bytearray(b'xy'))))
t(110, lambda: struct.calcsize('<x'))
t(111, lambda: items(m))
t(112, lambda: setitem(m, slice(None), m[::-1]).tolist())
t(113, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(114, lambda: imul(b, 2))
# scenario
m = m2 = None
b = mk(115, lambda: b'\xff\x01\xc8\x80\x7fA\x02\x80')
m = mk(116, lambda: memoryview(b).cast('l'))
t(117, lambda: bytes(b))
t(118, lambda: m2[1:3, 0])
t(119, lambda: b[-11:2:0])
t(120, lambda: struct.pack('L', 288))
t(121, lambda: m.obj is b)
t(122, lambda: struct.pack_into('>2q0s', bytearray(1), 3, 9223372036854775808, -109, b'\t\xeb\x9cC\x17\x01w\xaeO\xa1\xa7\xe6v\x8c\x1c '))
t(123, lambda: m2[4:-2].cast('B'))
t(124, lambda: list(m.cast('e')))
t(125, lambda: m != 'abc')
t(126, lambda: b[-2**64])
t(127, lambda: struct.calcsize('1p'))
t(128, lambda: 9223372036854775808 in m)
t(129, lambda: struct.unpack_from('!Ix3Q', b'a\x01\x02\xffA', -15))
t(130, lambda: struct.pack_into('2h2H2b', b, 7, 13, 217, 48, 0, -28, -129))
# scenario
m = m2 = None
b = mk(131, lambda: bytearray(b'\x00\x01\x80\x7f\x02\xc8\x7fA\xc8A\x02\x02\x7f\x00AA\xff\xc8\xff\x7f\x02\x02\x7f\xff'))
m = mk(132, lambda: memoryview(b)[-4:17:1])
t(133, lambda: struct.pack_into('>3s3d', m, 26, b'abc', float('nan'), 65504.0, True))
t(134, lambda: m.tobytes())
t(135, lambda: b.append(1))
t(136, lambda: with_view(b))
t(137, lambda: m.tobytes())
t(138, lambda: reversed(m) is None)
t(139, lambda: setitem(b, slice(None, 18, -3), b'\xe0\xbb\xcb\r\xc6'))
t(140, lambda: b.count(b'\x00\x01'))
t(141, lambda: m[0, -4, -3])
t(142, lambda: b''.join([m, b'-', b'z']))
t(143, lambda: b[19])
# scenario
m = m2 = None
b = mk(144, lambda: array.array('b', [-26, -128, 10, -114, 80, 127]))
m = mk(145, lambda: memoryview(b).toreadonly())
t(146, lambda: m2.__len__())
t(147, lambda: struct.unpack('=0x', struct.pack('=0x')))
t(148, lambda: m[()])
t(149, lambda: struct.unpack('B0Ps', b'\x80'))
t(150, lambda: delitem(b, -3))
# scenario
m = m2 = None
b = mk(151, lambda: bytearray(b'\xffAa\xff\x80a\xff\xc8\xff\x7f\x00\x7f\xc8\x7f\xff\x7f\x02AA\x7f\x01a\x80\xc8'))
m = mk(152, lambda: memoryview(b).cast('Q'))
t(153, lambda: struct.pack('>1I', 51))
t(154, lambda: m.tolist())
t(155, lambda: m < b'\x00')
t(156, lambda: struct.pack_into('<h', m, 3))
t(157, lambda: m['a'])
t(158, lambda: setitem(m, slice(None), b).tolist())
t(159, lambda: b.reverse())
t(160, lambda: delitem(b, slice(-8, None)))
t(161, lambda: b == m)
t(162, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(163, lambda: array.array('B', [87]))
m = mk(164, lambda: memoryview(b).cast('l'))
t(165, lambda: m.toreadonly().readonly)
t(166, lambda: setitem(m, slice(None, None, -1), 'ab').tolist())
t(167, lambda: m.cast('c').tolist())
t(168, lambda: b.remove(-1))
t(169, lambda: 1 in m)
# scenario
m = m2 = None
b = mk(170, lambda: bytearray(b''))
m = mk(171, lambda: memoryview(b))
t(172, lambda: m2.toreadonly().readonly)
t(173, lambda: setitem(m, (1), 215).tolist())
t(174, lambda: struct.calcsize('3bP2Q'))
t(175, lambda: m.cast('d', [1, 1]).tolist())
t(176, lambda: b.index(97))
t(177, lambda: struct.pack_into('@3d', m, -3, True, float('nan'), b'x'))
t(178, lambda: 0 in m2)
t(179, lambda: m[3::0].tolist())
t(180, lambda: m >= b'A\xc8\x00')
t(181, lambda: m[-4, -1])
# scenario
m = m2 = None
b = mk(182, lambda: bytearray(b'\xa1"\x83\x0f\x90\xe9'))
m = mk(183, lambda: memoryview(b))
m2 = mk(184, lambda: memoryview(b))
t(185, lambda: b.clear())
t(186, lambda: array.array('i', m))
t(187, lambda: m.toreadonly().readonly)
t(188, lambda: b.pop())
t(189, lambda: m2.tolist())
t(190, lambda: b.count(0))
t(191, lambda: with_view(b))
t(192, lambda: m.toreadonly().readonly)
t(193, lambda: m2 >= 1)
t(194, lambda: bytearray(b'+').join([m]))
# scenario
m = m2 = None
b = mk(195, lambda: b'aa\xc8\x02')
m = mk(196, lambda: memoryview(b).cast('c', [4, 1]))
t(197, lambda: b''.join([b, b]))
t(198, lambda: setitem(m2[::-1], slice(None), m2[::-1]).tolist())
t(199, lambda: struct.pack_into('@3P', bytearray(14), -16, 18446744073709551615, 114, 131))
t(200, lambda: setitem(m[-7:], 4, 97).tolist())
t(201, lambda: b.index('a'))
t(202, lambda: array.array('h', m))
t(203, lambda: memoryview(b) == memoryview(b))
t(204, lambda: b.hex(b'_', 3))
t(205, lambda: b''.join([b, b'-']))
t(206, lambda: m.cast('?').tolist())
t(207, lambda: array.array('h', bytes(b)))
t(208, lambda: m != m.tobytes())
