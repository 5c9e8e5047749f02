# Written by tests/fuzz/gen.py --seed 8 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\x16+F~k\xcd\x0f\xeb\xf9\xe8\xc7\xfd'))
m = mk(2, lambda: memoryview(b).toreadonly())
t(3, lambda: m.tolist())
t(4, lambda: memoryview(b) == bytes(b))
t(5, lambda: bool(m))
t(6, lambda: bytes(m[11:6]))
t(7, lambda: setitem(m, slice(None), m[::2]).tolist())
t(8, lambda: struct.pack_into('2b1cH', bytearray(18), -6, 1, 54, 'a', -1))
t(9, lambda: m != 'abc')
t(10, lambda: struct.calcsize('=2he'))
t(11, lambda: bytes(m))
t(12, lambda: setitem(m, ..., 54).tolist())
# scenario
m = m2 = None
b = mk(13, lambda: array.array('q', [279, 162]))
m = mk(14, lambda: memoryview(b).cast('B').cast('c'))
m2 = mk(15, lambda: memoryview(b))
t(16, lambda: struct.unpack_from('s', m, 6))
t(17, lambda: bytearray(m))
t(18, lambda: m.toreadonly().readonly)
t(19, lambda: m[-11] == m[10])
t(20, lambda: b''.join([m2, b'-', b'z']))
t(21, lambda: m.cast('q', [16, 1]).tolist())
t(22, lambda: m.tobytes(None))
t(23, lambda: len(m))
t(24, lambda: len(b))
# scenario
m = m2 = None
b = mk(25, lambda: array.array('l', [295, 107, 161, 56]))
m = mk(26, lambda: memoryview(b).cast('B').cast('P'))
m2 = mk(27, lambda: memoryview(m))
t(28, lambda: b.fromlist([3]))
t(29, lambda: m.__len__())
t(30, lambda: m[-3:-2:-1] == m[:2:-1])
t(31, lambda: hash(m) == hash(m.tobytes()))
t(32, lambda: delitem(b, slice(3, -2, 3)))
# scenario
m = m2 = None
b = mk(33, lambda: array.array('q', [-117, 175, 9223372036854775807, 119, 9223372036854775807, 9223372036854775807, 9223372036854775807, 254]))
m = mk(34, lambda: memoryview(b))
m2 = mk(35, lambda: memoryview(b))
t(36, lambda: b''.join([b, m]))
t(37, lambda: b < array.array('q', [9223372036854775808]))
t(38, lambda: m.readonly)
t(39, lambda: m.cast('Q', [8]).tolist())
t(40, lambda: bytearray(b))
t(41, lambda: setitem(m, 4, -11).tolist())
t(42, lambda: struct.calcsize('>0b3i'))
t(43, lambda: m[0:-9:1, 0])
t(44, lambda: struct.unpack('=h', b'\x01\x01'))
t(45, lambda: m.cast('c').tolist())
t(46, lambda: m.hex(':', -5))
t(47, lambda: bytearray(m2[-1:-4:0]))
# scenario
m = m2 = None
b = mk(48, lambda: b'\x02')
m = mk(49, lambda: memoryview(b).cast('e'))
t(50, lambda: int.from_bytes(b, 'big', signed=True))
t(51, lambda: b.hex(' ', -1))
t(52, lambda: array.array('Q', m))
t(53, lambda: b''.join([b, b]))
# scenario
m = m2 = None
b = mk(54, lambda: array.array('w', ['b', '\u20ac', '\u20ac', 'z']))
m = mk(55, lambda: memoryview(b))
m2 = mk(56, lambda: memoryview(m))
t(57, lambda: items(m[-6:-7]))
t(58, lambda: m != bytearray(b'\x00\x7f\x7f\x01\x7f'))
t(59, lambda: reversed(m2) is None)
t(60, lambda: b.extend(b))
t(61, lambda: struct.unpack('>c2i', struct.pack('>c2i', b'', 274, -158)))
t(62, lambda: b.tolist())
t(63, lambda: hash(m2[-1:0:1]) == hash(m2[-1:0:1].tobytes()))
t(64, lambda: m == b)
t(65, lambda: delitem(m, -6))
t(66, lambda: bytearray(b))
t(67, lambda: len(m2))
t(68, lambda: delitem(m, None))
t(69, lambda: setitem(m[-6:-4], -2**64, 256).tolist())
# scenario
m = m2 = None
b = mk(70, lambda: array.array('l', [-126, 198, 9223372036854775807, 9223372036854775807]))
m = mk(71, lambda: memoryview(b))
m2 = mk(72, lambda: memoryview(b))
t(73, lambda: struct.unpack('l2l', m))
t(74, lambda: m[5] == m[-3])
t(75, lambda: struct.unpack_from('!3?L', m, -2))
t(76, lambda: int.from_bytes(m[7:2:2]))
t(77, lambda: m2[-2:-5:3, 0])
t(78, lambda: m.nbytes == len(m.tobytes()))
t(79, lambda: m.cast('I', [4]).tolist())
t(80, lambda: m[5])
# scenario
m = m2 = None
b = mk(81, lambda: array.array('b', [30, 69]))
m = mk(82, lambda: memoryview(b))
t(83, lambda: m == m.tobytes())
t(84, lambda: b == array.array('H', b.tolist()))
t(85, lambda: struct.unpack_from('>2c3s1Q', b'\x02\x01\xff\x02\x7fa\xff\x80\x01\xc8\xff\x02', -11))
t(86, lambda: setitem(m, slice(None), b).tolist())
t(87, lambda: m.release())
t(88, lambda: m2.nbytes == len(m2.tobytes()))
t(89, lambda: list(m.cast('e')))
t(90, lambda: b.remove(-31))
t(91, lambda: m.hex())
t(92, lambda: m2[()])
t(93, lambda: m[()])
# scenario
m = m2 = None
b = mk(94, lambda: bytearray(b'\xc8A\x80\x00'))
m = mk(95, lambda: memoryview(b)[1:2])
m2 = mk(96, lambda: memoryview(m).cast('?'))
t(97, lambda: m2[:-1] == m2[7:2])
t(98, lambda: with_view(m))
t(99, lambda: m.hex())
t(100, lambda: bytes(b))
t(101, lambda: m.cast('x').tolist())
t(102, lambda: b.reverse())
t(103, lambda: len(m))
t(104, lambda: struct.unpack_from('@2h', b, 2))
t(105, lambda: m2.cast('?').tolist())
t(106, lambda: b.count(255))
# scenario
m = m2 = None
b = mk(107, lambda: bytearray(b''))
m = mk(108, lambda: memoryview(b))
m2 = mk(109, lambda: memoryview(b))
t(110, lambda: hash(m) == hash(m.tobytes()))
t(111, lambda: list(m.cast('e')))
t(112, lambda: array.array('d', m))
t(113, lambda: setitem(m, slice(-4, -3), bytearray(b'\x7f\x00')).tolist())
t(114, lambda: m >= m.tobytes())
t(115, lambda: b.clear())
t(116, lambda: struct.pack_into('>1q', m, 3, True))
t(117, lambda: setitem(b, -3, 256))
t(118, lambda: struct.calcsize('4294967296i'))
t(119, lambda: imul(b, 2))
t(120, lambda: struct.pack_into('x', bytearray(20), -3, 1))
# scenario
m = m2 = None
b = mk(121, lambda: bytearray(b'\xffA\xc8\xc8'))
m = mk(122, lambda: memoryview(b))
t(123, lambda: array.array('B', m2))
t(124, lambda: memoryview(b) == m2)
t(125, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(126, lambda: int.from_bytes(m2, 'big'))
t(127, lambda: with_view(b))
t(128, lambda: m['a'])
t(129, lambda: len(m))
t(130, lambda: struct.unpack_from('=0Id1c', b'\x02\x7f\x02', 7))
t(131, lambda: setitem(b, slice(None, 3, 5), b'\x01\x02a'))
t(132, lambda: 50 in m)
t(133, lambda: setitem(m2, (-4), 255).tolist())
t(134, lambda: len(b))
# scenario
m = m2 = None
b = mk(135, lambda: array.array('I', [140, 292]))
m = mk(136, lambda: memoryview(b).cast('B').cast('H', [2, 2]))
m2 = mk(137, lambda: memoryview(m).cast('B').cast('d'))
t(138, lambda: struct.calcsize('Ln'))
t(139, lambda: setitem(m[::1], 3, 65535).tolist())
t(140, lambda: struct.calcsize('@I'))
t(141, lambda: int.from_bytes(m, 'big'))
t(142, lambda: list(m))
t(143, lambda: bytearray(m))
t(144, lambda: struct.unpack('!B0L', b'\x80\xc8\xc8\xff\x01'))
t(145, lambda: b.typecode)
# scenario
m = m2 = None
b = mk(146, lambda: bytearray(b'\xc8\xc8\x00A\x01a\x01\xff\x00\x02\x00\x00'))
m = mk(147, lambda: memoryview(b).cast('e', [2, 3, 1]))
t(148, lambda: b.hex(':'))
t(149, lambda: struct.pack('B3i2n', 255, 4294967301, -36, -117, b'x', 0))
t(150, lambda: list(struct.iter_unpack('0xN?', b'\x8d0\x12$\x91^\xd3\xa6\x1f\xd6\xab\x15')))
t(151, lambda: m.obj is b)
t(152, lambda: struct.unpack('N1I3e', b'\x7fa\x7f\x00'))
t(153, lambda: setitem(m, slice(None, -8), b'\xc8\x80\x02A\xff\x80\x7fa').tolist())
t(154, lambda: m >= 1)
t(155, lambda: m[-4])
t(156, lambda: b.pop())
# scenario
m = m2 = None
b = mk(157, lambda: b'\x02\x7f\x7f\x00\xff\x7f\x01A\xc8\xc8\x7f\xff\x02\x02\x80\xc8A\xff\x80\x00\x7f\x7f\x02\x01')
m = mk(158, lambda: memoryview(b))
t(159, lambda: struct.pack_into('hQl', m, 14, -294, True, -9223372036854775809))
t(160, lambda: struct.unpack_from('=1hl3d', m))
t(161, lambda: delitem(m, 9))
t(162, lambda: struct.calcsize('=1is'))
t(163, lambda: m.obj is b)
t(164, lambda: m.hex(' ', -5))
t(165, lambda: hash(m2[:-4]) == hash(m2[:-4].tobytes()))
t(166, lambda: m[slice(None), 0])
t(167, lambda: list(m2.cast('e')))
t(168, lambda: m[-3, 0, 1])
t(169, lambda: m.hex())
t(170, lambda: setitem(m, (-2**64), 81).tolist())
# scenario
m = m2 = None
b = mk(171, lambda: bytearray(b'\x82'))
m = mk(172, lambda: memoryview(b))
t(173, lambda: struct.calcsize('@1d'))
t(174, lambda: setitem(m[3:4], -3, 116).tolist())
t(175, lambda: m[-3:-4].contiguous)
t(176, lambda: hash(m) == hash(m.tobytes()))
t(177, lambda: m[2:3:].tobytes())
t(178, lambda: list(struct.iter_unpack('@se', b'\xff\x01AA')))
t(179, lambda: int.from_bytes(m, 'big', signed=True))
t(180, lambda: b[1])
t(181, lambda: m.release())
t(182, lambda: struct.unpack_from('!b', b'\xe1a\x8c\x0e\xae\x8f\x13\xa9', 3))
t(183, lambda: setitem(m, (1.0), 152).tolist())
# scenario
m = m2 = None
b = mk(184, lambda: b'\xa5%m\x9eN\n')
m = mk(185, lambda: memoryview(b)[3::2])
m2 = mk(186, lambda: memoryview(m).cast('c', [1, 6]))
t(187, lambda: list(struct.iter_unpack('2 i', b'a\xc8\xffAa\x01\x01\xffAa\x02\x01')))
t(188, lambda: list(struct.iter_unpack('!eB', m)))
t(189, lambda: list(struct.iter_unpack('2x', m)))
t(190, lambda: m.tobytes('X'))
t(191, lambda: m.release())
# scenario
m = m2 = None
b = mk(192, lambda: bytes(8))
m = mk(193, lambda: memoryview(b))
t(194, lambda: m2.itemsize)
t(195, lambda: m.hex())
t(196, lambda: b''.join([m, b'-', b'z']))
t(197, lambda: m[slice(None), 0])
t(198, lambda: m.hex())
t(199, lambda: m.nbytes == len(m.tobytes()))
t(200, lambda: m.cast('?').tolist())
t(201, lambda: int.from_bytes(m[6:-2]))
t(202, lambda: m != m)
