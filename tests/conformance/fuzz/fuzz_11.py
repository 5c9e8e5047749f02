# Written by tests/fuzz/gen.py --seed 11 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\xc8\xc8\xffA\x02\xff\xc8\x02\x01\xc8a\x02\x01\xff\x00\x80\xc8\x02\x00\xff\x01\x00\x00A'))
m = mk(2, lambda: memoryview(b))
t(3, lambda: m[13:-27:0].tolist())
t(4, lambda: b.clear())
t(5, lambda: struct.pack_into('!I', bytearray(7), -4, 35))
t(6, lambda: m.hex())
t(7, lambda: struct.unpack('H', b'\x80\x80\x01Aa\x7f\x01a'))
t(8, lambda: reversed(m) is None)
t(9, lambda: struct.unpack('>x', b'`\xe5aC\xd6\xc4;\xca\xd7l\x00\x8a'))
t(10, lambda: struct.pack_into('<x1h', bytearray(19), 0, -32768))
t(11, lambda: m == m)
t(12, lambda: bytes(b))
t(13, lambda: b.index(m))
# scenario
m = m2 = None
b = mk(14, lambda: b'\x01\x80\x00\x01\x01\x00\xffaA\x80a\x80')
m = mk(15, lambda: memoryview(b))
t(16, lambda: m.hex())
t(17, lambda: struct.unpack_from('<I', m, 0))
t(18, lambda: len(b))
t(19, lambda: m.tobytes('C'))
t(20, lambda: m.cast('h', [12]).tolist())
t(21, lambda: m == m)
t(22, lambda: setitem(m, slice(0, None, 1), 7).tolist())
t(23, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(24, lambda: bytearray(b'a'))
m = mk(25, lambda: memoryview(b))
m2 = mk(26, lambda: memoryview(m).toreadonly())
t(27, lambda: struct.unpack_from('=0x', m2, 1))
t(28, lambda: m.tobytes(order='F'))
t(29, lambda: int.from_bytes(m, 'big', signed=True))
t(30, lambda: struct.unpack('I0x', b'\x02Aa\x7f\xff\xff\xff\x02\x80A\x01\x80\x80\x02\xc8\xc8'))
t(31, lambda: len(m))
t(32, lambda: b''.join([m, b'-', b]))
t(33, lambda: m[:-3].tobytes())
t(34, lambda: struct.calcsize('<1Ix'))
# scenario
m = m2 = None
b = mk(35, lambda: array.array('B', [88, 71, 225]))
m = mk(36, lambda: memoryview(b))
t(37, lambda: b.append(0))
t(38, lambda: b.fromlist([1]))
t(39, lambda: setitem(m, 1, bytearray(b'q')).tolist())
t(40, lambda: int.from_bytes(m, 'big', signed=True))
t(41, lambda: int.from_bytes(m2, 'little'))
# scenario
m = m2 = None
b = mk(42, lambda: bytearray(24))
m = mk(43, lambda: memoryview(b)[:7:1])
t(44, lambda: bytes(m))
t(45, lambda: struct.unpack('=1id', struct.pack('=1id', 187, -2.25)))
t(46, lambda: struct.pack('!c', b'\xff', 1))
t(47, lambda: bytes(b))
t(48, lambda: bool(m2))
t(49, lambda: memoryview(m2).tolist())
# scenario
m = m2 = None
b = mk(50, lambda: bytearray(b'\x80\x00\x80\x80'))
m = mk(51, lambda: memoryview(b))
t(52, lambda: with_view(m))
t(53, lambda: int.from_bytes(m, 'big'))
t(54, lambda: m != m2)
t(55, lambda: m.tolist())
t(56, lambda: m != m.tolist())
t(57, lambda: with_view(m))
t(58, lambda: b == b'\x7f\x7f')
t(59, lambda: struct.unpack_from('x0b1p', b'\x7faa', -17))
t(60, lambda: b.index(b''))
t(61, lambda: int.from_bytes(m, 'big', signed=True))
t(62, lambda: b.index(b''))
t(63, lambda: m == m)
# scenario
m = m2 = None
b = mk(64, lambda: array.array('Q', []))
m = mk(65, lambda: memoryview(b).cast('B').cast('?', []))
t(66, lambda: b.remove(50))
t(67, lambda: m == array.array('q', []))
t(68, lambda: hash(m) == hash(m.tobytes()))
t(69, lambda: m.release())
# scenario
m = m2 = None
b = mk(70, lambda: b'r\xdb\xf4\x80|\x172\xef')
m = mk(71, lambda: memoryview(b).cast('i', [2, 1]))
t(72, lambda: bytes(m))
t(73, lambda: m.toreadonly().tolist())
t(74, lambda: b.index(m))
t(75, lambda: b[-2**64])
t(76, lambda: b''.join([m, b'-', b]))
# scenario
m = m2 = None
b = mk(77, lambda: array.array('Q', [139, 289, 97, 122, 127, 100, 0, 4]))
m = mk(78, lambda: memoryview(b).cast('B').cast('<i'))
m2 = mk(79, lambda: memoryview(m).cast('B').cast('c', [2, 32]))
t(80, lambda: m.obj is b)
t(81, lambda: b[None])
t(82, lambda: b.insert(..., 217))
t(83, lambda: b.itemsize)
t(84, lambda: b.tobytes())
t(85, lambda: m.toreadonly().readonly)
t(86, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(87, lambda: array.array('h', [97, 248, 78]))
m = mk(88, lambda: memoryview(b).cast('B').cast('N'))
t(89, lambda: struct.unpack_from('>3dL', m))
t(90, lambda: struct.unpack_from('>LB2f', b'a\xc8\x7fA', -8))
t(91, lambda: struct.pack_into('<b', bytearray(11), -20, 74))
t(92, lambda: b.tobytes())
# scenario
m = m2 = None
b = mk(93, lambda: array.array('q', [-9223372036854775808]))
m = mk(94, lambda: memoryview(b).cast('B').cast('n'))
m2 = mk(95, lambda: memoryview(b).cast('B').cast('b'))
t(96, lambda: delitem(b, 1))
t(97, lambda: struct.pack_into('>?e1i', bytearray(16), -10, None, float('inf'), 2147483648))
t(98, lambda: struct.pack_into('0q0x', m, 2))
t(99, lambda: struct.unpack('<0x1B', b'S\xc0'))
# scenario
m = m2 = None
b = mk(100, lambda: array.array('I', [270]))
m = mk(101, lambda: memoryview(b).cast('B').cast('b'))
m2 = mk(102, lambda: memoryview(b))
t(103, lambda: struct.pack('0PcB', b'ab', 120))
t(104, lambda: setitem(m, (-1), -1).tolist())
t(105, lambda: m.release())
t(106, lambda: struct.pack('<0d'))
t(107, lambda: bytearray(b'+').join([m]))
t(108, lambda: setitem(b, slice(-4, -1, 0), array.array('I')))
# scenario
m = m2 = None
b = mk(109, lambda: array.array('Q', [80, 74, 264, 136, 27, 91, 76, 0]))
m = mk(110, lambda: memoryview(b)[5:])
t(111, lambda: m.tolist())
t(112, lambda: b.typecode)
t(113, lambda: m[1.0] == m[3])
t(114, lambda: setitem(m, slice(1, None), b).tolist())
t(115, lambda: struct.unpack('1s2Q', struct.pack('1s2Q', b'abc', 1, 2**64)))
t(116, lambda: m.release())
t(117, lambda: list(struct.iter_unpack('>0q1ph', b'\x01\x01\xff\x02\x01\xff\xc8\x00')))
t(118, lambda: m.tolist())
t(119, lambda: list(m))
t(120, lambda: b.itemsize)
t(121, lambda: m[::-1, 0])
t(122, lambda: list(reversed(m)))
t(123, lambda: list(struct.iter_unpack('0l', b'')))
# scenario
m = m2 = None
b = mk(124, lambda: array.array('I', [286, 120, 25]))
m = mk(125, lambda: memoryview(b))
m2 = mk(126, lambda: memoryview(m))
t(127, lambda: struct.pack('1Nb', -1, 127))
t(128, lambda: setitem(m, (3), 8589934597).tolist())
t(129, lambda: m[...])
t(130, lambda: m.hex(''))
t(131, lambda: struct.calcsize('@1Idh'))
t(132, lambda: struct.pack('f0h', 'a'))
t(133, lambda: array.array('B', m2))
t(134, lambda: struct.unpack_from('@0P2c2l', m, 5))
# scenario
m = m2 = None
b = mk(135, lambda: array.array('q', [194]))
m = mk(136, lambda: memoryview(b).cast('B').cast('Q'))
t(137, lambda: delitem(b, -1))
t(138, lambda: m2.cast('n', [1, 1]).tolist())
t(139, lambda: m.toreadonly().readonly)
t(140, lambda: list(m))
t(141, lambda: imul(b, 1))
t(142, lambda: m.cast('d', []).tolist())
t(143, lambda: bytes(b))
t(144, lambda: bytearray(m2))
# scenario
m = m2 = None
b = mk(145, lambda: b'\xffa\xc8\x01\xff\x02\x80a')
m = mk(146, lambda: memoryview(b).cast('N'))
t(147, lambda: m < m.tolist())
t(148, lambda: m2.hex())
t(149, lambda: struct.unpack('>iIp', b't\xba\x9e\xaco\x14R\xce\x1d\xafZ\xec'))
t(150, lambda: struct.unpack('0Qc', b'S\xf5h\xccm'))
t(151, lambda: 92 in m2)
t(152, lambda: struct.unpack('=bI', struct.pack('=bI', -1, 134)))
t(153, lambda: m2.hex(' ', -5))
t(154, lambda: m < memoryview(b'MA\x10j\x9f\xd2\xd9\xf5E\x85\xa0\xe7'))
t(155, lambda: b == m)
t(156, lambda: m[:3:-1].tobytes())
t(157, lambda: len(b))
# scenario
m = m2 = None
b = mk(158, lambda: array.array('H', [62, 65535, 132, 218]))
m = mk(159, lambda: memoryview(b).cast('B').cast(''))
t(160, lambda: m[-3, -2, 0])
t(161, lambda: struct.calcsize('I1Q'))
t(162, lambda: b.tobytes().hex())
t(163, lambda: setitem(m, -6, 191).tolist())
t(164, lambda: struct.unpack_from('>2QL', m2))
t(165, lambda: m[3::-3].tobytes())
t(166, lambda: items(m))
t(167, lambda: struct.unpack_from('=3?', b'\x7f\xc8\x00\x02', -1))
# scenario
m = m2 = None
b = mk(168, lambda: b'px\x00\xc9')
m = mk(169, lambda: memoryview(b).cast('d'))
t(170, lambda: b.index(256))
t(171, lambda: delitem(m, 1.0))
t(172, lambda: b[...])
t(173, lambda: struct.unpack('<1ql', m))
t(174, lambda: bytearray(b))
t(175, lambda: m >= 'abc')
t(176, lambda: m != m.tobytes())
t(177, lambda: m2.obj is b)
t(178, lambda: setitem(m, 0, 71).tolist())
t(179, lambda: m.format)
t(180, lambda: int.from_bytes(m, 'little'))
t(181, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(182, lambda: list(m))
# scenario
m = m2 = None
b = mk(183, lambda: array.array('f', [-2.25, 65504.0]))
m = mk(184, lambda: memoryview(b))
t(185, lambda: struct.pack_into('>p', bytearray(4), -6, bytearray(b'xy')))
t(186, lambda: struct.unpack('<3I', b'\x01\xc8A\x7f'))
t(187, lambda: m2[0])
t(188, lambda: b)
t(189, lambda: m[2] == m[2])
t(190, lambda: m.cast('b').tolist())
# scenario
m = m2 = None
b = mk(191, lambda: bytearray(b'\x94\x7f\xe2\x18Z\r'))
m = mk(192, lambda: memoryview(b))
t(193, lambda: reversed(m) is None)
t(194, lambda: items(m2))
t(195, lambda: m < m.tolist())
t(196, lambda: m.tobytes(None))
t(197, lambda: reversed(m) is None)
t(198, lambda: delitem(m, -5))
t(199, lambda: b'x' in m2)
t(200, lambda: m[()])
t(201, lambda: delitem(m, ...))
t(202, lambda: m[4])
t(203, lambda: struct.pack_into('<1q2eB', bytearray(14), -7, 1, 65520.0, -0.0, 0))
t(204, lambda: m.tobytes('A'))
t(205, lambda: setitem(m, 2, 240).tolist())
t(206, lambda: struct.pack('!d', 0.1))
