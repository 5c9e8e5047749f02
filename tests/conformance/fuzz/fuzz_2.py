# Written by tests/fuzz/gen.py --seed 2 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: array.array('b', []))
m = mk(2, lambda: memoryview(b).cast('H'))
m2 = mk(3, lambda: memoryview(b))
t(4, lambda: b.insert(2, 261))
t(5, lambda: struct.unpack('=Ixf', b'\xff\x02\xff\x02AA\x00\x02'))
t(6, lambda: b''.join([m, b'-', b]))
t(7, lambda: struct.unpack('3n0e', struct.pack('3n0e', 9223372036854775808, 156, 109)))
t(8, lambda: m.cast('c').tolist())
t(9, lambda: m[0] == m[None])
t(10, lambda: m.cast('n').tolist())
t(11, lambda: delitem(m, ...))
t(12, lambda: setitem(m, (2), 258).tolist())
t(13, lambda: memoryview(m2).tolist())
t(14, lambda: m2[1:-3:-2].tobytes())
t(15, lambda: struct.pack_into('3d', b, -4, 65520.0, -2.25, 0.1))
t(16, lambda: bytearray(m))
# scenario
m = m2 = None
b = mk(17, lambda: array.array('w', ''))
m = mk(18, lambda: memoryview(b)[:])
m2 = mk(19, lambda: memoryview(b))
t(20, lambda: m.cast('c').tolist())
t(21, lambda: struct.unpack('2 i', m))
t(22, lambda: m[True])
t(23, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(24, lambda: array.array('i', [-43, 192]))
m = mk(25, lambda: memoryview(b))
m2 = mk(26, lambda: memoryview(m))
t(27, lambda: b.buffer_info()[1])
t(28, lambda: struct.pack_into('>B0f', bytearray(4), -4, 1))
t(29, lambda: list(struct.iter_unpack('@3n3xf', b'')))
t(30, lambda: items(m))
t(31, lambda: struct.pack_into('N', m2, 0, 116))
t(32, lambda: memoryview(b) == bytes(b))
t(33, lambda: m[2])
t(34, lambda: m.hex('-'))
t(35, lambda: reversed(m) is None)
t(36, lambda: bytearray(b'+').join([m]))
t(37, lambda: b.byteswap())
t(38, lambda: m[-2:1].tobytes())
t(39, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
# scenario
m = m2 = None
b = mk(40, lambda: bytearray(b'\x01\xc8\x7f\x00\xff\x01\x7fa\x7fa\x00\x80\x01\x01aA\x00\xc8\x00\x80\xc8\xc8A\x01'))
m = mk(41, lambda: memoryview(b).cast('B'))
m2 = mk(42, lambda: memoryview(m).cast('L', [3, 1]))
t(43, lambda: m2.release())
t(44, lambda: struct.unpack('0P3cP', struct.pack('0P3cP', b'', b'\xff', 'a', 247)))
t(45, lambda: struct.unpack('=1li2d', struct.pack('=1li2d', -9223372036854775808, -1, float('-inf'), 0.1)))
t(46, lambda: b.reverse())
t(47, lambda: struct.unpack('>?', b'\x7f\xc8\x02'))
# scenario
m = m2 = None
b = mk(48, lambda: bytearray(0))
m = mk(49, lambda: memoryview(b)[3:-1:1])
m2 = mk(50, lambda: memoryview(b)[0:-1:2])
t(51, lambda: m.toreadonly().readonly)
t(52, lambda: m.release())
t(53, lambda: m.release())
t(54, lambda: bytes(m))
t(55, lambda: b''.join([b, b]))
t(56, lambda: struct.pack_into('>0b2i1H', bytearray(12), 8, -2147483648, 236, 1))
t(57, lambda: bool(m))
t(58, lambda: m2[-3:4:3].tobytes())
t(59, lambda: m.toreadonly().tolist())
t(60, lambda: m.obj is b)
t(61, lambda: 88 in m)
# scenario
m = m2 = None
b = mk(62, lambda: bytearray(b'\x01\x7f\x00\xc8'))
m = mk(63, lambda: memoryview(b)[-6:0:-2])
t(64, lambda: memoryview(m).tolist())
t(65, lambda: b.index(b''))
t(66, lambda: hash(m[-5:]) == hash(m[-5:].tobytes()))
t(67, lambda: struct.unpack('2l', b''))
t(68, lambda: list(m))
t(69, lambda: array.array('b', m))
t(70, lambda: m.nbytes == len(m.tobytes()))
t(71, lambda: delitem(m, 4))
t(72, lambda: list(struct.iter_unpack('>0s2b', b'\xff\x02\xff')))
t(73, lambda: m2[1:, 0])
t(74, lambda: struct.calcsize('@1P'))
t(75, lambda: struct.calcsize('=q'))
# scenario
m = m2 = None
b = mk(76, lambda: bytearray(b'\xc1\xcc'))
m = mk(77, lambda: memoryview(b))
t(78, lambda: struct.unpack_from('<3L0Q2l', b'\x80', -5))
t(79, lambda: m != b)
t(80, lambda: struct.unpack('0NI', struct.pack('0NI', 0)))
t(81, lambda: m2.tobytes(None))
t(82, lambda: b''.join([b, b'-']))
t(83, lambda: struct.pack_into('<2b2s1d', bytearray(14), -15, 103, -73, b'abc', 0.1))
t(84, lambda: items(m))
t(85, lambda: m[0:1, 0:1])
# scenario
m = m2 = None
b = mk(86, lambda: bytearray(b'\x1e\x18f\x03\xaczG\xbe\xfb\x00C;~7\xeel\x1bn\xc2\xac\xc9S5M'))
m = mk(87, lambda: memoryview(b))
m2 = mk(88, lambda: memoryview(m).cast('l', [3, 1]))
t(89, lambda: reversed(m) is None)
t(90, lambda: bytes(m))
t(91, lambda: b.insert(0, 5))
t(92, lambda: m.toreadonly().readonly)
t(93, lambda: m2[-6:4].tolist())
# scenario
m = m2 = None
b = mk(94, lambda: bytearray(b'A\x02\x7f\x00A\x01\x02\xff\x02\x01\xc8aA\x02\x7fa'))
m = mk(95, lambda: memoryview(b))
t(96, lambda: bool(m))
t(97, lambda: setitem(m[:-2:], 3, 200).tolist())
t(98, lambda: setitem(m2, slice(None), m2).tolist())
t(99, lambda: m['0', 4, -2])
t(100, lambda: reversed(m2) is None)
# scenario
m = m2 = None
b = mk(101, lambda: bytearray(b'\x02\x7f\xc8A\x02aA\xff'))
m = mk(102, lambda: memoryview(b))
m2 = mk(103, lambda: memoryview(b))
t(104, lambda: delitem(m, 0))
t(105, lambda: b[-10])
t(106, lambda: m[:1:0].tobytes())
t(107, lambda: struct.pack_into('=i0l', bytearray(7), -14, 0))
# scenario
m = m2 = None
b = mk(108, lambda: bytearray(range(3)))
m = mk(109, lambda: memoryview(b).cast('b', [3, 1]))
m2 = mk(110, lambda: memoryview(m).cast('i'))
t(111, lambda: len(m2))
t(112, lambda: m.release())
t(113, lambda: m >= m2)
t(114, lambda: hash(m[-1:2:1]) == hash(m[-1:2:1].tobytes()))
t(115, lambda: memoryview(b) == memoryview(b))
# scenario
m = m2 = None
b = mk(116, lambda: array.array('l', [-107, -177, 189]))
m = mk(117, lambda: memoryview(b))
t(118, lambda: setitem(m[::3], 0, -231).tolist())
t(119, lambda: m.hex(':', 1))
t(120, lambda: m.toreadonly().tolist())
t(121, lambda: b[2:0:2])
t(122, lambda: m.__len__())
t(123, lambda: m.cast('H', []).tolist())
t(124, lambda: b.insert(2, -170))
t(125, lambda: struct.unpack('@h1p3d', struct.pack('@h1p3d', 2**64, 's', True, True, b'x')))
t(126, lambda: reversed(m) is None)
t(127, lambda: list(struct.iter_unpack('>Q2e2f', m)))
t(128, lambda: m.__len__())
t(129, lambda: struct.pack('<0qph', bytearray(b'xy'), 20))
t(130, lambda: setitem(m2, slice(None), b).tolist())
t(131, lambda: b)
# scenario
m = m2 = None
b = mk(132, lambda: bytearray(b''))
m = mk(133, lambda: memoryview(b).cast('B'))
t(134, lambda: delitem(m, 1))
t(135, lambda: m2.nbytes == len(m2.tobytes()))
t(136, lambda: m.toreadonly().readonly)
t(137, lambda: array.array('b', m))
t(138, lambda: len(b))
t(139, lambda: struct.unpack_from('2pH', m, 6))
t(140, lambda: list(reversed(m)))
t(141, lambda: b.append(b'a'))
t(142, lambda: int.from_bytes(b, 'big'))
t(143, lambda: m < m.tobytes())
# scenario
m = m2 = None
b = mk(144, lambda: array.array('H', [202, 11, 59, 292, 194, 236]))
m = mk(145, lambda: memoryview(b).cast('B').cast('n'))
m2 = mk(146, lambda: memoryview(m)[7:0])
t(147, lambda: m.hex())
t(148, lambda: m.toreadonly().tolist())
t(149, lambda: m[:-8] == m[2:-6:2])
t(150, lambda: int.from_bytes(b, 'little'))
# scenario
m = m2 = None
b = mk(151, lambda: bytearray(b'$E\xb3C\xd8d'))
m = mk(152, lambda: memoryview(b).cast('B', (2, 3)))
m2 = mk(153, lambda: memoryview(m))
t(154, lambda: setitem(m, slice(None, -6), array.array('B', [117])).tolist())
t(155, lambda: b[-2**64])
t(156, lambda: struct.unpack_from('=n', m))
t(157, lambda: m.cast('L').tolist())
t(158, lambda: struct.pack_into('cQ0n', bytearray(7), 0, b'ab', 0))
t(159, lambda: b.index(255))
t(160, lambda: b.extend([1, 2]))
t(161, lambda: items(m))
t(162, lambda: int.from_bytes(b, 'little'))
t(163, lambda: m.hex(' ', -5))
t(164, lambda: setitem(m2, -1, 116).tolist())
t(165, lambda: m.obj is b)
t(166, lambda: struct.pack_into('?p', bytearray(13), -6, True))
t(167, lambda: struct.pack_into('!h', b, 0, 65541))
# scenario
m = m2 = None
b = mk(168, lambda: array.array('i', [47, 2147483647, 1, 212]))
m = mk(169, lambda: memoryview(b)[0:2:5])
m2 = mk(170, lambda: memoryview(b).cast('B').cast('Q', [1, 2]))
t(171, lambda: m2[-4:-2].tobytes())
t(172, lambda: struct.pack_into('<0hb', bytearray(14), -16, -129))
t(173, lambda: m.tobytes())
t(174, lambda: m.release())
t(175, lambda: m[-2, -2, -1])
t(176, lambda: m2[1])
t(177, lambda: m.tobytes(1))
t(178, lambda: m.cast('?').tolist())
t(179, lambda: struct.unpack_from('=n', m, -1))
t(180, lambda: setitem(m, None, 214).tolist())
t(181, lambda: struct.calcsize('3Q'))
t(182, lambda: bytearray(b))
# scenario
m = m2 = None
b = mk(183, lambda: bytearray(b'X\x1b\xd6!N\n'))
m = mk(184, lambda: memoryview(b).cast('e'))
t(185, lambda: list(reversed(m)))
t(186, lambda: m2.hex(':', -4))
t(187, lambda: m[2:] == m2[:-6:-1])
t(188, lambda: struct.unpack_from('xH', m))
t(189, lambda: struct.pack('<I', 0))
t(190, lambda: b.index('a'))
t(191, lambda: struct.unpack_from('z', b'a\x7f\x01', 8))
t(192, lambda: m2.cast('i', [3]).tolist())
t(193, lambda: m[:-5].tobytes())
t(194, lambda: struct.calcsize('3e2?'))
t(195, lambda: m2.nbytes == len(m2.tobytes()))
# scenario
m = m2 = None
b = mk(196, lambda: array.array('Q', [0, 0, 119]))
m = mk(197, lambda: memoryview(b))
t(198, lambda: 192 in m)
t(199, lambda: struct.unpack_from('L', m, 1))
t(200, lambda: setitem(m, 0, True).tolist())
t(201, lambda: struct.pack('z'))
t(202, lambda: struct.calcsize('2d3n'))
