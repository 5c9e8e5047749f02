# Written by tests/fuzz/gen.py --seed 1 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: b'\xfd')
m = mk(2, lambda: memoryview(b))
t(3, lambda: len(b))
t(4, lambda: hash(m) == hash(m.tobytes()))
t(5, lambda: len(m))
t(6, lambda: b.count(255))
t(7, lambda: delitem(m2, -3))
t(8, lambda: hash(m2) == hash(m2.tobytes()))
t(9, lambda: b == b'')
t(10, lambda: struct.unpack('@0i', b'\x80\xff\x01\x02'))
t(11, lambda: setitem(m2, ..., 1).tolist())
t(12, lambda: struct.unpack_from('!H2l0d', b'\x00\xc8A\x80\x80\x02\x7f\xff', 8))
# scenario
m = m2 = None
b = mk(13, lambda: array.array('f', [1e10, -0.0, 65520.0, float('inf'), 1e300, -0.0]))
m = mk(14, lambda: memoryview(b))
t(15, lambda: float('nan') in m)
t(16, lambda: m2[-3:8, 0])
t(17, lambda: m.cast('L', [2, 3]).tolist())
t(18, lambda: struct.pack_into('<1x0s2?', bytearray(17), -14, bytearray(b'xy'), b'', True))
t(19, lambda: m2.tolist())
t(20, lambda: b.remove(1.5))
t(21, lambda: m2.hex('\u20ac'))
t(22, lambda: setitem(m2, -6, 0.0).tolist())
t(23, lambda: setitem(m, (-4), 1e10).tolist())
t(24, lambda: m[-3, -1])
# scenario
m = m2 = None
b = mk(25, lambda: bytearray(b'\x01\x00a\x80\x7f\x80Aa'))
m = mk(26, lambda: memoryview(b).cast('P'))
t(27, lambda: b)
t(28, lambda: m.tobytes())
t(29, lambda: b.index(b'\x00\x01'))
t(30, lambda: b.reverse())
t(31, lambda: with_view(m))
t(32, lambda: setitem(b, slice(5, 1, -2), b"\x98@l\x18\x9c$'\x9e"))
t(33, lambda: struct.unpack_from('d?', b'', -14))
t(34, lambda: struct.calcsize('>1H3B'))
t(35, lambda: m.tolist())
t(36, lambda: setitem(m, ..., 167).tolist())
# scenario
m = m2 = None
b = mk(37, lambda: array.array('Q', [219, 49, 18446744073709551615, 18446744073709551615, 272, 20, 86, 275]))
m = mk(38, lambda: memoryview(b).cast('B').cast('l'))
m2 = mk(39, lambda: memoryview(m).cast('B').cast('i'))
t(40, lambda: m.hex(' ', -5))
t(41, lambda: m[-6] == m[9])
t(42, lambda: m2.hex())
t(43, lambda: m2.hex(b'|'))
t(44, lambda: int.from_bytes(m, 'little'))
t(45, lambda: m[-1] == m[-10])
t(46, lambda: m[-3] == m[8])
t(47, lambda: m[-4, 1])
t(48, lambda: b.fromlist([[1]]))
t(49, lambda: delitem(m2, 2))
t(50, lambda: setitem(m, (), 20).tolist())
# scenario
m = m2 = None
b = mk(51, lambda: bytearray(b'\xc8'))
m = mk(52, lambda: memoryview(b).cast('e'))
t(53, lambda: bytearray(b))
t(54, lambda: m[:].tolist())
t(55, lambda: struct.pack('>LQc', 296, 18446744073709551616, b'\xff'))
t(56, lambda: m2[slice(None), 0])
t(57, lambda: m.hex())
t(58, lambda: bool(m))
t(59, lambda: setitem(m, (), 78).tolist())
t(60, lambda: delitem(m, 2))
t(61, lambda: m['0'])
t(62, lambda: m.toreadonly().readonly)
t(63, lambda: m[2])
# scenario
m = m2 = None
b = mk(64, lambda: b'\xffA\x02a\x80\xff\x02\x00')
m = mk(65, lambda: memoryview(b))
t(66, lambda: bytes(b))
t(67, lambda: bytearray(b))
t(68, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(69, lambda: m[1, True])
t(70, lambda: m.obj is b)
t(71, lambda: setitem(m2, (1), 45).tolist())
t(72, lambda: bytearray(b'+').join([m]))
t(73, lambda: list(m))
# scenario
m = m2 = None
b = mk(74, lambda: array.array('f', [-2.25, -2.25, 1e10, 65520.0, float('inf'), 65520.0]))
m = mk(75, lambda: memoryview(b))
t(76, lambda: struct.unpack_from('>c', m2, 5))
t(77, lambda: b''.join([m2, b'-', m]))
t(78, lambda: m.cast('L').tolist())
t(79, lambda: items(m))
t(80, lambda: m2.toreadonly().readonly)
t(81, lambda: struct.pack('1I'))
t(82, lambda: b.buffer_info()[1])
t(83, lambda: m2[-4])
t(84, lambda: b.remove(-0.0))
# scenario
m = m2 = None
b = mk(85, lambda: bytearray(b'\x02'))
m = mk(86, lambda: memoryview(b))
t(87, lambda: b[-2])
t(88, lambda: struct.pack('!Q1L', 1, None))
t(89, lambda: struct.unpack_from('@3Q', b'', -4))
t(90, lambda: with_view(m))
t(91, lambda: struct.pack('@h', 0))
t(92, lambda: b.insert(0, 5))
t(93, lambda: b.index(m))
t(94, lambda: m.strides)
t(95, lambda: setitem(m2, ..., 'a').tolist())
t(96, lambda: int.from_bytes(m, 'big', signed=True))
t(97, lambda: struct.unpack('>2b', struct.pack('>2b', 0, 54)))
t(98, lambda: m != m.tolist())
t(99, lambda: struct.unpack_from('1I1h', b'', -17))
t(100, lambda: b.clear())
# scenario
m = m2 = None
b = mk(101, lambda: b'\x00')
m = mk(102, lambda: memoryview(b).cast('H'))
t(103, lambda: m['a'])
t(104, lambda: bytearray(b'+').join([m]))
t(105, lambda: bytes(b))
t(106, lambda: m[3, 4])
t(107, lambda: b == array.array('b', [1]))
t(108, lambda: struct.pack_into('<2fh', bytearray(4), 8, float('-inf'), float('nan'), -89))
t(109, lambda: array.array('B', m))
t(110, lambda: struct.unpack_from('-1i', b'', -14))
t(111, lambda: bytes(b))
t(112, lambda: b.hex(' ', -1))
t(113, lambda: m.f_contiguous)
t(114, lambda: len(b))
t(115, lambda: list(m))
# scenario
m = m2 = None
b = mk(116, lambda: bytearray(b'Aa'))
m = mk(117, lambda: memoryview(b)[-2:-1])
t(118, lambda: struct.calcsize('@d1H'))
t(119, lambda: struct.unpack_from('Q', m, 5))
t(120, lambda: m.obj is b)
t(121, lambda: setitem(m, slice(-5, 3, None), array.array('B', [97, 97])).tolist())
t(122, lambda: m[1] == m[-4])
t(123, lambda: list(struct.iter_unpack('<1p', b'\x01')))
t(124, lambda: m[-1])
# scenario
m = m2 = None
b = mk(125, lambda: array.array('b', []))
m = mk(126, lambda: memoryview(b))
t(127, lambda: delitem(m, 1))
t(128, lambda: m.release())
t(129, lambda: b.reverse())
t(130, lambda: struct.unpack(' ', struct.pack(' ')))
t(131, lambda: hash(m) == hash(m.tobytes()))
t(132, lambda: m.__len__())
t(133, lambda: m.contiguous)
t(134, lambda: m[slice(None), 0])
t(135, lambda: m[1] == m[-2])
t(136, lambda: b.append(-1))
t(137, lambda: iadd(b, [1]))
t(138, lambda: setitem(m, ..., 71).tolist())
# scenario
m = m2 = None
b = mk(139, lambda: bytes(0))
m = mk(140, lambda: memoryview(b).cast('BB'))
t(141, lambda: m != m2)
t(142, lambda: setitem(m, 2, 0).tolist())
t(143, lambda: struct.unpack_from('@s2f', m, -1))
t(144, lambda: m[-3:, 0])
t(145, lambda: len(b))
t(146, lambda: setitem(b, 2, 0))
t(147, lambda: m.cast('P', [0]).tolist())
t(148, lambda: m[-2:2].tobytes())
t(149, lambda: struct.pack_into('1s', m, -1, b'\x7f\xffA\xc8\x01a\x80A'))
t(150, lambda: m.release())
t(151, lambda: m2.toreadonly().tolist())
t(152, lambda: items(m2))
# scenario
m = m2 = None
b = mk(153, lambda: b'\x00\xff\x01a\xff\x7f')
m = mk(154, lambda: memoryview(b))
t(155, lambda: struct.unpack_from('=1s1ll', b'\xff\x02a\x00\x80\x00\x7f\x80\x80a\x00\x01', -18))
t(156, lambda: b == b'\x7f\xc8\x7f\x80')
t(157, lambda: bytes(b))
t(158, lambda: m.tolist())
t(159, lambda: struct.unpack('@0d', struct.pack('@0d')))
t(160, lambda: list(struct.iter_unpack('=1I0Ld', b'\x80\x80\x01\x01\x02A\x02A\x00\x01a\x02')))
t(161, lambda: m.release())
t(162, lambda: len(m2))
t(163, lambda: m.tobytes('X'))
t(164, lambda: m.tobytes(order='F'))
t(165, lambda: struct.unpack('<0eBI', b''))
t(166, lambda: len(b))
t(167, lambda: struct.unpack_from('=1sQ', b'\xc5gU\x83\xd5\x93\xfcm\xac\xf84\x04', 4))
# scenario
m = m2 = None
b = mk(168, lambda: array.array('f', [float('-inf'), 0.1]))
m = mk(169, lambda: memoryview(b).cast('B').cast('n'))
t(170, lambda: struct.pack_into('I', m, 2))
t(171, lambda: b.frombytes(b'aa'))
t(172, lambda: array.array('b', m))
t(173, lambda: m['a'])
t(174, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(175, lambda: array.array('d', [1e300, 1.5, 0.0]))
m = mk(176, lambda: memoryview(b)[-4:6:3])
m2 = mk(177, lambda: memoryview(m)[:5])
t(178, lambda: m2.tobytes('X'))
t(179, lambda: m.cast('e', []).tolist())
t(180, lambda: bytearray(m2))
t(181, lambda: setitem(m, slice(-3, None), b"\xc2\x0b>\xa8\xb1G:\x80I\x15\xb1'/4\x99\xa2").tolist())
t(182, lambda: bytearray(b'+').join([m]))
# scenario
m = m2 = None
b = mk(183, lambda: bytearray(b'\x01\x7f'))
m = mk(184, lambda: memoryview(b).cast('d'))
t(185, lambda: b)
t(186, lambda: m2.obj is b)
t(187, lambda: m[-1])
t(188, lambda: list(reversed(m)))
t(189, lambda: m[None, None])
t(190, lambda: setitem(m, (4), -2**63 - 1).tolist())
t(191, lambda: struct.unpack_from('>3Q', b'\x80', -1))
t(192, lambda: bytearray(b))
t(193, lambda: struct.calcsize('>0c'))
t(194, lambda: b''.join([m, b'-', b]))
t(195, lambda: m2.cast('L', [2, 1]).tolist())
t(196, lambda: bytes(b))
# scenario
m = m2 = None
b = mk(197, lambda: array.array('Q', [183]))
m = mk(198, lambda: memoryview(b))
m2 = mk(199, lambda: memoryview(b))
t(200, lambda: setitem(m, -3, 1).tolist())
t(201, lambda: m == bytearray(b''))
t(202, lambda: delitem(b, slice(3, -1)))
t(203, lambda: setitem(m, (1.0), 212).tolist())
t(204, lambda: m.hex())
t(205, lambda: struct.pack_into('=0sl2?', bytearray(3), 10, 1, 9223372036854775808, 0, 0))
t(206, lambda: b == array.array('q', b.tolist()))
t(207, lambda: struct.unpack('<s', b'\xffA\xff'))
t(208, lambda: b.remove(None))
