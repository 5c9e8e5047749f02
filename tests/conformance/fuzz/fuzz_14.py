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
t(5, lambda: b''.join([b, b'-']))
t(6, lambda: bytearray(b))
t(7, lambda: m[-11::1].cast('B').tolist())
t(8, lambda: m.__len__())
t(9, lambda: m.toreadonly().tolist())
t(10, lambda: list(struct.iter_unpack('=1l1f', m)))
t(11, lambda: setitem(m, -11, 250).tolist())
t(12, lambda: struct.pack_into('=1Q', m, -4, 291))
t(13, lambda: m.tobytes())
t(14, lambda: setitem(m2, -20, 159).tolist())
t(15, lambda: b''.join([m, b'-', b]))
t(16, lambda: setitem(m, -17, -1).tolist())
# scenario
m = m2 = None
b = mk(17, lambda: bytearray(b'\x7fj\xa9\x95\xbc\x10Qe\xbb\xfb\xc4}\xc6\xa0\xf9\x10~\xdb\xf0\xad-\x864B'))
m = mk(18, lambda: memoryview(b).cast('h', (2, 6)))
m2 = mk(19, lambda: memoryview(m)[-1:])
t(20, lambda: m[12:-4:13, 0])
t(21, lambda: b.append(-1))
t(22, lambda: delitem(m, ...))
t(23, lambda: struct.unpack_from('<1b', m, -2))
t(24, lambda: list(struct.iter_unpack('0x', b'\xc2L\x02\xe6')))
t(25, lambda: struct.pack_into('@I', m, 5, 1, 1))
# scenario
m = m2 = None
b = mk(26, lambda: bytearray(b''))
m = mk(27, lambda: memoryview(b))
t(28, lambda: bool(m))
t(29, lambda: struct.unpack('3', struct.pack('3')))
t(30, lambda: b == m)
t(31, lambda: delitem(b, -1))
t(32, lambda: list(struct.iter_unpack('@N3b', m)))
t(33, lambda: struct.pack_into('>Q', m, 1, 178))
t(34, lambda: list(struct.iter_unpack('2 i', b'\x8c\xf3\x9c\x18N\x1c\x0f\x9d\xf8\xba\x97\xbc')))
t(35, lambda: b.remove(97))
t(36, lambda: m[-3:-1:-1].tobytes())
t(37, lambda: b.append(-1))
# scenario
m = m2 = None
b = mk(38, lambda: array.array('w', 'yz'))
m = mk(39, lambda: memoryview(b)[1:])
t(40, lambda: m[-1] == m['0'])
t(41, lambda: list(reversed(m2)))
t(42, lambda: m.toreadonly().readonly)
t(43, lambda: b.count(''))
t(44, lambda: b''.join([b, m]))
t(45, lambda: int.from_bytes(m2, byteorder='little', signed=True))
t(46, lambda: m >= bytearray(b'A\x01\x02\xc8\xff\xc8\x7f\x80\xff\x01\x7f\x01\xff\x7fa\x02'))
t(47, lambda: m.cast('c').tolist())
# scenario
m = m2 = None
b = mk(48, lambda: b'\x02\x01\x80\x7f\xc8A')
m = mk(49, lambda: memoryview(b).toreadonly())
t(50, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(51, lambda: setitem(m, ..., 61).tolist())
t(52, lambda: m.tobytes('F'))
t(53, lambda: m.strides)
t(54, lambda: list(struct.iter_unpack('@2I', m)))
t(55, lambda: m.obj is b)
t(56, lambda: bytearray(m[:4:-1]))
t(57, lambda: list(struct.iter_unpack('1c1?3H', b'A\xffa\x01')))
t(58, lambda: () in m)
t(59, lambda: struct.calcsize('1I3P'))
# scenario
m = m2 = None
b = mk(60, lambda: bytearray(b"y'\x92/j\xf6\xd7\xe8\xa9\xb8\xc3\xf2"))
m = mk(61, lambda: memoryview(b))
m2 = mk(62, lambda: memoryview(m)[:-6])
t(63, lambda: list(struct.iter_unpack('x1?', b'\x02\x80')))
t(64, lambda: m.cast('c').tolist())
t(65, lambda: struct.unpack_from('<x', b, -2))
t(66, lambda: reversed(m2) is None)
t(67, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(68, lambda: m.toreadonly().readonly)
t(69, lambda: b.extend([1, 2]))
t(70, lambda: with_view(m2))
t(71, lambda: m.tolist())
t(72, lambda: hash(m[6:-8]) == hash(m[6:-8].tobytes()))
t(73, lambda: 248 in m)
t(74, lambda: setitem(b, -9, b'a'))
t(75, lambda: m[1])
t(76, lambda: m[-1] == m[-5])
# scenario
m = m2 = None
b = mk(77, lambda: bytearray(b'\x00\x7f\x00\xff\xffA\x00\xff\x00\x00\x7f\x01\xff\x02\x7f\xc8\x80\x80\x02\x7f\x80A\x01\x02'))
m = mk(78, lambda: memoryview(b))
t(79, lambda: m.nbytes)
t(80, lambda: with_view(m2))
t(81, lambda: struct.unpack_from('=3c', m))
t(82, lambda: struct.calcsize('3pi'))
t(83, lambda: struct.calcsize('@2l?0f'))
t(84, lambda: struct.pack_into('>b1f', bytearray(8), -20, 67, float('inf')))
t(85, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(86, lambda: m[11:-15:25].tolist())
t(87, lambda: delitem(m, True))
t(88, lambda: struct.pack('@1i', 2147483648, 1))
# scenario
m = m2 = None
b = mk(89, lambda: array.array('f', [0.1, float('nan'), float('nan'), 1e10, -1e-310, float('-inf'), 0.1, 65520.0]))
m = mk(90, lambda: memoryview(b)[-3:3:-3])
m2 = mk(91, lambda: memoryview(b)[10:3])
t(92, lambda: struct.pack_into('i3x2h', bytearray(3), -2, 1.5, 65541, -87))
t(93, lambda: delitem(m, -10))
t(94, lambda: list(m2))
t(95, lambda: array.array('b', m2))
# scenario
m = m2 = None
b = mk(96, lambda: b'\x7f\x02\x02\x7f')
m = mk(97, lambda: memoryview(b).cast('I'))
t(98, lambda: bytes(b))
t(99, lambda: struct.unpack_from('1H', m))
t(100, lambda: m.hex())
t(101, lambda: m2.tolist())
t(102, lambda: int.from_bytes(b, 'big'))
t(103, lambda: struct.unpack('>H', struct.pack('>H')))
t(104, lambda: m.toreadonly().tolist())
t(105, lambda: struct.unpack('!x', b''))
t(106, lambda: m.tobytes('X'))
t(107, lambda: struct.unpack('@3?', struct.pack('@3?', [], False, b'')))
# scenario
m = m2 = None
b = mk(108, lambda: array.array('B', [202]))
m = mk(109, lambda: memoryview(b)[0:2:2])
t(110, lambda: m[2] == m[-3])
t(111, lambda: bytes(m))
t(112, lambda: iadd(b, b))
t(113, lambda: m.cast('c', [1]).tolist())
t(114, lambda: list(struct.iter_unpack('fi', b'A')))
t(115, lambda: m[()])
t(116, lambda: m[-4::1].tobytes())
t(117, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
# scenario
m = m2 = None
b = mk(118, lambda: bytearray(b'\xcc\xf9\xe7\xa2\n\xb7y\x13E\xb0\xa3\r\xd6j\xcf\x0c'))
m = mk(119, lambda: memoryview(b)[-11:])
t(120, lambda: struct.pack('B1p', 110, bytearray(b'xy')))
t(121, lambda: list(struct.iter_unpack('1hi', b'\x80\x7f')))
t(122, lambda: struct.unpack_from('3Be', m, 5))
t(123, lambda: struct.unpack('2e2q', struct.pack('2e2q', 65504.0, float('inf'), 'a', 290, 1)))
t(124, lambda: hash(m) == hash(m.tobytes()))
# scenario
m = m2 = None
b = mk(125, lambda: array.array('B', []))
m = mk(126, lambda: memoryview(b).cast('d', []))
t(127, lambda: struct.unpack_from('0q0P', m))
t(128, lambda: hash(m) == hash(m.tobytes()))
t(129, lambda: struct.pack_into('>h0d1?', m, -1, 32767, None))
t(130, lambda: b.fromlist([252]))
t(131, lambda: b.tobytes().hex())
t(132, lambda: m.toreadonly().tolist())
t(133, lambda: m.toreadonly().tolist())
t(134, lambda: m[4:3].tobytes())
t(135, lambda: struct.unpack_from('3l', b, 6))
t(136, lambda: list(struct.iter_unpack('>e3cH', m2)))
t(137, lambda: setitem(m[:-1:2], 0, 2**70).tolist())
t(138, lambda: setitem(m, (True), 0.1).tolist())
t(139, lambda: m.release())
t(140, lambda: int.from_bytes(m, byteorder='little', signed=True))
# scenario
m = m2 = None
b = mk(141, lambda: array.array('i', [-143, 261, 85, -198, -157, 2147483647]))
m = mk(142, lambda: memoryview(b)[-3::3])
t(143, lambda: list(m.cast('e')))
t(144, lambda: int.from_bytes(m, 'big', signed=True))
t(145, lambda: list(struct.iter_unpack('<s', m)))
t(146, lambda: list(m.cast('e')))
t(147, lambda: setitem(m, (-2), -42).tolist())
t(148, lambda: m.release())
t(149, lambda: m.tobytes('A'))
t(150, lambda: m.nbytes == len(m.tobytes()))
# scenario
m = m2 = None
b = mk(151, lambda: bytearray(b'\xff'))
m = mk(152, lambda: memoryview(b))
m2 = mk(153, lambda: memoryview(m))
t(154, lambda: setitem(b, slice(3, None), b'a\x80\x7f\x01a'))
t(155, lambda: list(struct.iter_unpack('<s', b'a\xff\x01\x00\x7f')))
t(156, lambda: m[1:-3].strides)
t(157, lambda: setitem(m2, (), 151).tolist())
t(158, lambda: m[-4:-4].tolist())
t(159, lambda: hash(m[3:3]) == hash(m[3:3].tobytes()))
t(160, lambda: m.hex())
t(161, lambda: struct.pack_into('Ii ', m, 2, 242, 4294967301))
t(162, lambda: len(b))
t(163, lambda: setitem(m[2:-4:-1], -1, 29).tolist())
t(164, lambda: m.cast('?').tolist())
# scenario
m = m2 = None
b = mk(165, lambda: array.array('i', [75, 270]))
m = mk(166, lambda: memoryview(b).cast('B').cast('d'))
t(167, lambda: struct.unpack_from('@0i0e', b'l/=\x13\xf5h?u[\x0f\tQ', -5))
t(168, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(169, lambda: list(struct.iter_unpack('!2?c0H', b'A\x00\x01')))
t(170, lambda: list(struct.iter_unpack('0Ixl', m)))
t(171, lambda: m >= memoryview(b'\x00\x00\x00\x01'))
# scenario
m = m2 = None
b = mk(172, lambda: bytearray(b'\x02\x02'))
m = mk(173, lambda: memoryview(b)[:-1])
t(174, lambda: hash(m) == hash(m.tobytes()))
t(175, lambda: struct.pack_into('>q', bytearray(8), 3, -105))
t(176, lambda: with_view(m))
t(177, lambda: with_view(m))
t(178, lambda: m.hex('-'))
t(179, lambda: m2.__len__())
t(180, lambda: 139 in m)
# scenario
m = m2 = None
b = mk(181, lambda: array.array('B', [238, 22]))
m = mk(182, lambda: memoryview(b))
t(183, lambda: struct.pack('!p0hq', b'abc', 1))
t(184, lambda: struct.unpack('@0h', b'N\xe2\xc2\xb3'))
t(185, lambda: list(m))
t(186, lambda: m[-4:-1:3].shape)
t(187, lambda: m.release())
t(188, lambda: m[0] == m[1])
t(189, lambda: struct.unpack_from('0Q3p', m2))
t(190, lambda: b.byteswap())
t(191, lambda: m.itemsize)
t(192, lambda: struct.unpack_from('e', m))
t(193, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(194, lambda: bytearray(b'\xc8'))
m = mk(195, lambda: memoryview(b))
m2 = mk(196, lambda: memoryview(m)[:2:])
t(197, lambda: m.cast('?').tolist())
t(198, lambda: delitem(m, 0))
t(199, lambda: list(struct.iter_unpack('!1x', b'\xc8aa\xc8\x80A\x80aA\x00\x01aAA\x00\x80')))
t(200, lambda: array.array('q', m2))
t(201, lambda: array.array('b', m))
t(202, lambda: imul(b, 0))
t(203, lambda: b''.join([m2, b'-', b]))
t(204, lambda: m2 < 'abc')
t(205, lambda: m.itemsize)
