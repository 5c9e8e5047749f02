# Written by tests/fuzz/gen.py --seed 10 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: array.array('l', [-95, 51, -9223372036854775808]))
m = mk(2, lambda: memoryview(b).cast('B').cast('N', [3, 1, 1]))
m2 = mk(3, lambda: memoryview(m)[4:1:3])
t(4, lambda: len(m2))
t(5, lambda: setitem(m, slice(6, -1, 0), memoryview(b'\xe5\xcfQ\xc7\xfd{\x8b\xf7\xff U\xfa\xec\xcdE\xd7\xb2\xc6\xfaT\xe12\xd4\x12').cast('N')).tolist())
t(6, lambda: array.array('b', m))
t(7, lambda: b''.join([m, b'-', b]))
t(8, lambda: m[1] == m[3])
t(9, lambda: struct.unpack_from('s3H', b';\x97\xde~\x94-\x176\x92S\xf4H', -9))
t(10, lambda: m2[-4:].tolist())
t(11, lambda: setitem(m, slice(1, 6, 4), 'ab').tolist())
t(12, lambda: b.tobytes())
t(13, lambda: struct.unpack_from(' ', b'\xe0\xb2\x1eJ\xe3', 2))
t(14, lambda: list(m))
# scenario
m = m2 = None
b = mk(15, lambda: array.array('h', [32767, 32767]))
m = mk(16, lambda: memoryview(b)[:-5:2])
t(17, lambda: m2[2**63] == m2[-4])
t(18, lambda: m2[::-2, 0])
t(19, lambda: b.tobytes().hex())
t(20, lambda: struct.pack_into('2 i', bytearray(13), -18, -101))
t(21, lambda: b < array.array('L', [()]))
t(22, lambda: struct.unpack('n3eQ', b'\xd8'))
t(23, lambda: b.tobytes().hex())
# scenario
m = m2 = None
b = mk(24, lambda: array.array('q', [-9223372036854775808, 264, 43, 72, 140, 146]))
m = mk(25, lambda: memoryview(b)[:6])
t(26, lambda: m[8:-7].tolist())
t(27, lambda: bytearray(m))
t(28, lambda: bool(m))
t(29, lambda: 1.5 in m)
t(30, lambda: m[::-3].tolist())
t(31, lambda: struct.pack_into('B', bytearray(1), 1, -1))
t(32, lambda: struct.unpack_from('=p', m))
t(33, lambda: items(m))
t(34, lambda: m.release())
t(35, lambda: struct.pack_into('>?', m2, 0))
t(36, lambda: setitem(m, slice(None, None), bytearray(b'A\xc8\xff\x7f\xff\x80\x02\x7f\x7f\x02\x00\xc8\x00\x7f\xff\xff\x00\x80\x01\x00\x02\x00\x00\x7f\x80A\xc8\x01\x01\x01\x7f\xc8\x80a\x02\x02\x80\xff\xffA')).tolist())
t(37, lambda: b.fromlist([-293]))
t(38, lambda: setitem(m, -6, -182).tolist())
# scenario
m = m2 = None
b = mk(39, lambda: array.array('L', [11, 234, 252, 152, 79, 116, 293, 154]))
m = mk(40, lambda: memoryview(b))
t(41, lambda: int.from_bytes(m2, 'big', signed=True))
t(42, lambda: setitem(m2, slice(None, None, 9), b'').tolist())
t(43, lambda: setitem(m, slice(None, None), 7).tolist())
t(44, lambda: struct.unpack_from('0N', b'a\x7fa\x02\xc8\x7f\x7f\x01', 8))
t(45, lambda: setitem(m, (), 1).tolist())
t(46, lambda: hash(m) == hash(m.tobytes()))
t(47, lambda: m[3, -5])
t(48, lambda: m >= m)
t(49, lambda: m != m)
t(50, lambda: list(struct.iter_unpack('0h2xf', b'A\x01')))
t(51, lambda: 28 in m)
# scenario
m = m2 = None
b = mk(52, lambda: array.array('L', [285, 91, 0, 159]))
m = mk(53, lambda: memoryview(b))
m2 = mk(54, lambda: memoryview(m))
t(55, lambda: len(m))
t(56, lambda: bytes(m))
t(57, lambda: with_view(m2))
t(58, lambda: m.toreadonly().tolist())
t(59, lambda: setitem(m, (4), 1).tolist())
t(60, lambda: m[6:6:, 0])
# scenario
m = m2 = None
b = mk(61, lambda: array.array('b', [-4]))
m = mk(62, lambda: memoryview(b))
t(63, lambda: b.tobytes())
t(64, lambda: b.remove(-24))
t(65, lambda: b.tobytes())
t(66, lambda: bytearray(b'+').join([m]))
# scenario
m = m2 = None
b = mk(67, lambda: array.array('L', [64, 154, 93]))
m = mk(68, lambda: memoryview(b)[-2:-6])
m2 = mk(69, lambda: memoryview(b).cast('B').cast('P', (1, 1, 3)))
t(70, lambda: struct.unpack('!0e', struct.pack('!0e')))
t(71, lambda: setitem(m2, (), 198).tolist())
t(72, lambda: items(m))
t(73, lambda: int.from_bytes(m, 'big', signed=True))
t(74, lambda: b.byteswap())
# scenario
m = m2 = None
b = mk(75, lambda: bytes(0))
m = mk(76, lambda: memoryview(b).toreadonly())
t(77, lambda: array.array('B', m))
t(78, lambda: bytes(b))
t(79, lambda: m.__len__())
t(80, lambda: m.nbytes)
t(81, lambda: m.tolist())
t(82, lambda: m.tolist())
t(83, lambda: list(struct.iter_unpack('>3p2Q0f', m2)))
t(84, lambda: struct.unpack_from('3qe', m))
# scenario
m = m2 = None
b = mk(85, lambda: bytearray(b'A'))
m = mk(86, lambda: memoryview(b)[0::])
t(87, lambda: m['0'])
t(88, lambda: m.__len__())
t(89, lambda: struct.unpack('>b', b'\xff\x80\xc8'))
t(90, lambda: int.from_bytes(m, 'little'))
t(91, lambda: b == m.tobytes())
t(92, lambda: m.toreadonly().readonly)
t(93, lambda: m[[0]])
# scenario
m = m2 = None
b = mk(94, lambda: array.array('L', [150, 27, 222, 0, 72, 146]))
m = mk(95, lambda: memoryview(b))
t(96, lambda: m2[-6:-4].tobytes())
t(97, lambda: b[:-1])
t(98, lambda: struct.unpack('>0cBe', m))
t(99, lambda: bytearray(m))
t(100, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(101, lambda: b < array.array('Q', [83]))
t(102, lambda: setitem(b, -7, 1))
t(103, lambda: setitem(m, 3, 0).tolist())
t(104, lambda: b.fromlist([295]))
t(105, lambda: bytearray(m))
t(106, lambda: m2 != 1)
t(107, lambda: b.remove(124))
t(108, lambda: struct.unpack_from('s', m, -2))
t(109, lambda: m.hex(':', -5))
# scenario
m = m2 = None
b = mk(110, lambda: b'k6f8\xbeT\x8c\xa2`j\xdff\xe4\xef\x99\xe4')
m = mk(111, lambda: memoryview(b))
m2 = mk(112, lambda: memoryview(m)[:7])
t(113, lambda: m != m)
t(114, lambda: b[-11])
t(115, lambda: m != m.tolist())
t(116, lambda: m.toreadonly().readonly)
t(117, lambda: m['0', 1.0, -1])
# scenario
m = m2 = None
b = mk(118, lambda: bytearray(b'\xffA\x01\x80\x80\x7f'))
m = mk(119, lambda: memoryview(b))
m2 = mk(120, lambda: memoryview(b))
t(121, lambda: m == m)
t(122, lambda: m.hex())
t(123, lambda: delitem(m, 2))
t(124, lambda: m[-5])
t(125, lambda: b.reverse())
# scenario
m = m2 = None
b = mk(126, lambda: array.array('Q', [156, 69]))
m = mk(127, lambda: memoryview(b))
m2 = mk(128, lambda: memoryview(m))
t(129, lambda: iadd(b, [1]))
t(130, lambda: m.release())
t(131, lambda: struct.pack_into('<0c', bytearray(6), -8))
t(132, lambda: m.toreadonly().tolist())
t(133, lambda: struct.pack_into('!N', m, -4))
t(134, lambda: struct.unpack_from('=2h3c', b'\x7f\x80\x80', 0))
t(135, lambda: struct.calcsize('!0x0ce'))
t(136, lambda: struct.unpack('<s0bp', m2))
t(137, lambda: list(m))
t(138, lambda: list(m))
t(139, lambda: setitem(m, (1.0), 15).tolist())
# scenario
m = m2 = None
b = mk(140, lambda: array.array('I', [77]))
m = mk(141, lambda: memoryview(b))
t(142, lambda: list(struct.iter_unpack('=2c', b'\x01\x00\xff\x02A\x80\x7f\x01\xff\x80\x01A')))
t(143, lambda: b < array.array('d', [256]))
t(144, lambda: b''.join([m, b'-', b]))
t(145, lambda: array.array('i', m2))
t(146, lambda: int.from_bytes(m, 'little'))
# scenario
m = m2 = None
b = mk(147, lambda: bytearray(b'\x02\x01a\x7f\x01\x80'))
m = mk(148, lambda: memoryview(b).cast('n'))
t(149, lambda: m[-3])
t(150, lambda: m.release())
t(151, lambda: bytearray(b))
t(152, lambda: bytes(m))
t(153, lambda: len(b))
t(154, lambda: m.hex())
t(155, lambda: b[5])
t(156, lambda: m.tolist())
t(157, lambda: setitem(b, slice(None, -5, -2), b'\x01\xc8\x00\x80\x7f\xc8\xff\xc8\xc8\x00A\xff'))
t(158, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(159, lambda: b'\x98\x9d\xfa\x8b\xff\x9eT\x8a\x1c\xd6\xa4%\x9d\xd48\xe2')
m = mk(160, lambda: memoryview(b).cast('i'))
t(161, lambda: struct.pack_into('p2?0I', bytearray(2), -14, b'a\xff\x80Aa', 'x', []))
t(162, lambda: struct.pack_into('>x', bytearray(10), -12))
t(163, lambda: b)
t(164, lambda: m.release())
t(165, lambda: b)
t(166, lambda: struct.unpack('@1I2ff', struct.pack('@1I2ff', 63, 1e10, 1e10, 0.1)))
t(167, lambda: bytes(b))
t(168, lambda: struct.pack_into('<3Qi3L', bytearray(18), 6, 36893488147419103237, b'x', 292, -1, 258, 0, 1))
t(169, lambda: m[1::0, 0])
t(170, lambda: struct.pack_into('=2fI0B', bytearray(16), 7, float('nan'), 2**70, 218, 1))
t(171, lambda: b[7:9])
# scenario
m = m2 = None
b = mk(172, lambda: array.array('I', [57, 40, 119]))
m = mk(173, lambda: memoryview(b)[-4:])
m2 = mk(174, lambda: memoryview(m).cast('B').cast('l'))
t(175, lambda: setitem(m, (), 17).tolist())
t(176, lambda: memoryview(m).tolist())
t(177, lambda: setitem(m2, -5, 4294967296).tolist())
t(178, lambda: m.cast('>h').tolist())
# scenario
m = m2 = None
b = mk(179, lambda: bytearray(b'\x80'))
m = mk(180, lambda: memoryview(b))
m2 = mk(181, lambda: memoryview(b).cast('q'))
t(182, lambda: m[1])
t(183, lambda: struct.pack_into('!Bp', bytearray(14), -14, 256, 's'))
t(184, lambda: setitem(m2, (), 0).tolist())
t(185, lambda: 20 in m)
t(186, lambda: struct.pack_into('!0l1x', m, 3))
t(187, lambda: m.hex('\u20ac'))
t(188, lambda: struct.calcsize('@0n2d3e'))
# scenario
m = m2 = None
b = mk(189, lambda: bytearray(b'\xff\x02'))
m = mk(190, lambda: memoryview(b))
m2 = mk(191, lambda: memoryview(m))
t(192, lambda: memoryview(m).tolist())
t(193, lambda: struct.unpack('>1le1x', struct.pack('>1le1x', 18446744073709551621, float('nan'))))
t(194, lambda: struct.calcsize('<3L'))
t(195, lambda: m2 >= bytearray(b'A\xff\xff\xff\xff'))
t(196, lambda: bytes(m))
t(197, lambda: list(struct.iter_unpack('hB', b'a\x7f\xffA\x00')))
t(198, lambda: struct.unpack('1dn', m))
t(199, lambda: int.from_bytes(m, 'big', signed=True))
t(200, lambda: m.cast('P').tolist())
t(201, lambda: struct.unpack('f3b', m))
t(202, lambda: b == m2)
