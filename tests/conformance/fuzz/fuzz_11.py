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
t(4, lambda: array.array('q', b))
t(5, lambda: struct.unpack_from('<x1B', b, -2))
t(6, lambda: struct.pack_into('xH1P', b, 18, 37, 18446744073709551615))
t(7, lambda: list(m.cast('e')))
t(8, lambda: m.obj is b)
t(9, lambda: m.tobytes(None))
t(10, lambda: b.index(m))
t(11, lambda: bool(m))
t(12, lambda: array.array('f', m2))
t(13, lambda: m[:24:].tobytes())
# scenario
m = m2 = None
b = mk(14, lambda: bytearray(b'\x01\x00\x02A\xc8a\x00\x7fa\x80\x01\x01'))
m = mk(15, lambda: memoryview(b).cast('Z'))
m2 = mk(16, lambda: memoryview(m).cast('N'))
t(17, lambda: m.nbytes == len(m.tobytes()))
t(18, lambda: bool(m))
t(19, lambda: m.cast('?').tolist())
t(20, lambda: hash(m2) == hash(m2.tobytes()))
t(21, lambda: struct.calcsize('@Q'))
t(22, lambda: array.array('i', m))
t(23, lambda: m.hex())
t(24, lambda: struct.unpack_from('<I', m, 0))
t(25, lambda: b[0])
t(26, lambda: setitem(m, (), 255).tolist())
# scenario
m = m2 = None
b = mk(27, lambda: b'\x7f\xff')
m = mk(28, lambda: memoryview(b).toreadonly())
m2 = mk(29, lambda: memoryview(b))
t(30, lambda: struct.calcsize('>Lb'))
t(31, lambda: m.tobytes())
t(32, lambda: struct.calcsize('0x2P'))
t(33, lambda: hash(m) == hash(m.tobytes()))
t(34, lambda: m2.hex(':'))
t(35, lambda: setitem(m2[::-1], slice(None), m2[::-1]).tolist())
t(36, lambda: m.cast('c').tolist())
t(37, lambda: int.from_bytes(b, 'big'))
t(38, lambda: bytearray(b'+').join([m]))
t(39, lambda: b)
t(40, lambda: m.tolist())
# scenario
m = m2 = None
b = mk(41, lambda: bytearray(b'\xc8'))
m = mk(42, lambda: memoryview(b).cast('B'))
m2 = mk(43, lambda: memoryview(b)[1:3])
t(44, lambda: m[-1:2].tolist())
t(45, lambda: struct.calcsize('@1B'))
t(46, lambda: hash(m[4:1:0]) == hash(m[4:1:0].tobytes()))
t(47, lambda: setitem(m, (True), 0).tolist())
t(48, lambda: m2[2] == m2[0])
t(49, lambda: setitem(m, (-3), 517).tolist())
t(50, lambda: int.from_bytes(m, 'big', signed=True))
# scenario
m = m2 = None
b = mk(51, lambda: array.array('f', [-2.25]))
m = mk(52, lambda: memoryview(b))
m2 = mk(53, lambda: memoryview(b))
t(54, lambda: list(struct.iter_unpack('!3p2s', b)))
t(55, lambda: m2.release())
t(56, lambda: int.from_bytes(b, 'little'))
t(57, lambda: hash(m) == hash(m.tobytes()))
t(58, lambda: with_view(m))
t(59, lambda: struct.unpack_from(' ', b'\x7f\xc8\x7fA\x01\x01AA\x80\x01a\xff\x7fa\x00\x7f', -4))
t(60, lambda: m.cast('Q').tolist())
t(61, lambda: setitem(b, 1.0, -0.0))
t(62, lambda: int.from_bytes(m, 'big', signed=True))
t(63, lambda: bytearray(b))
t(64, lambda: setitem(m, slice(None), m[::2]).tolist())
t(65, lambda: b.remove(65520.0))
# scenario
m = m2 = None
b = mk(66, lambda: array.array('d', []))
m = mk(67, lambda: memoryview(b))
t(68, lambda: with_view(m))
t(69, lambda: m.nbytes == len(m.tobytes()))
t(70, lambda: hash(m2) == hash(m2.tobytes()))
t(71, lambda: struct.pack('<0l'))
t(72, lambda: int.from_bytes(m2, 'little'))
t(73, lambda: m.tolist())
t(74, lambda: m.nbytes == len(m.tobytes()))
t(75, lambda: m.cast('?', [2, 0]).tolist())
t(76, lambda: m.cast('c').tolist())
t(77, lambda: list(m.cast('e')))
t(78, lambda: b.fromlist([0.1]))
t(79, lambda: m == m.tobytes())
# scenario
m = m2 = None
b = mk(80, lambda: b'a')
m = mk(81, lambda: memoryview(b))
t(82, lambda: int.from_bytes(m[4::3]))
t(83, lambda: memoryview(m).tolist())
t(84, lambda: m2.nbytes == len(m2.tobytes()))
t(85, lambda: list(struct.iter_unpack('@L0HH', b)))
t(86, lambda: bool(m))
t(87, lambda: bytearray(m))
t(88, lambda: array.array('q', bytes(b)))
t(89, lambda: m[::-2].tobytes('F'))
t(90, lambda: struct.unpack_from('>1b', b, -2))
t(91, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(92, lambda: bytearray(24))
m = mk(93, lambda: memoryview(b).cast('?'))
t(94, lambda: m.cast('?').tolist())
t(95, lambda: b[-6])
t(96, lambda: m != 1)
t(97, lambda: b.index(b''))
t(98, lambda: int.from_bytes(m, 'big', signed=True))
t(99, lambda: setitem(b, slice(None, None), b'\x01\x00\x7f\x00A'))
t(100, lambda: setitem(m, slice(15, -16, -3), [1, 2]).tolist())
t(101, lambda: items(m))
t(102, lambda: list(struct.iter_unpack('!0s??', m2)))
t(103, lambda: setitem(m, slice(12, -10), m).tolist())
t(104, lambda: struct.unpack_from('e', b'\x00\x80', -18))
t(105, lambda: int.from_bytes(m2, 'little'))
t(106, lambda: m.hex(' ', -4))
t(107, lambda: m.hex(b'.', 5))
# scenario
m = m2 = None
b = mk(108, lambda: bytearray(b'\xff\x7f\xc8\x80'))
m = mk(109, lambda: memoryview(b)[-2:0])
t(110, lambda: b.reverse())
t(111, lambda: struct.unpack_from('1b3f', m))
t(112, lambda: len(m))
t(113, lambda: array.array('l', bytes(b)))
t(114, lambda: with_view(m))
# scenario
m = m2 = None
b = mk(115, lambda: bytearray(b'\x80\x80'))
m = mk(116, lambda: memoryview(b)[-5:-4])
m2 = mk(117, lambda: memoryview(b))
t(118, lambda: m[:].cast('B'))
t(119, lambda: 255 in m2)
t(120, lambda: m.release())
t(121, lambda: setitem(m, slice(3, -1), array.array('B', [0, 65, 0])).tolist())
t(122, lambda: b.extend(m))
t(123, lambda: struct.unpack_from('s2ec', b'LA', -18))
t(124, lambda: bytearray(b'+').join([m]))
t(125, lambda: items(m))
t(126, lambda: int.from_bytes(m, 'big', signed=True))
t(127, lambda: m[-4:2].tolist())
t(128, lambda: m[1, -1])
# scenario
m = m2 = None
b = mk(129, lambda: array.array('f', [-0.0, 1e10, -0.0, float('inf'), 1.5, -0.0]))
m = mk(130, lambda: memoryview(b))
t(131, lambda: b)
t(132, lambda: struct.calcsize('2H?1p'))
t(133, lambda: struct.pack('@3fb', -2.25, 1e300, float('inf'), 67))
t(134, lambda: struct.pack_into('0c2N', m, 7, 116, 63))
t(135, lambda: m.cast('c').tolist())
# scenario
m = m2 = None
b = mk(136, lambda: bytearray(3))
m = mk(137, lambda: memoryview(b))
m2 = mk(138, lambda: memoryview(m))
t(139, lambda: struct.unpack('!s', m))
t(140, lambda: setitem(m, slice(-5, -3, -1), array.array('i', [])).tolist())
t(141, lambda: b''.join([m, b'-', b'z']))
t(142, lambda: m.cast('c').tolist())
t(143, lambda: hash(m[3:4:1]) == hash(m[3:4:1].tobytes()))
t(144, lambda: bytes(m))
t(145, lambda: struct.unpack_from('!1I1B', b, -1))
t(146, lambda: int.from_bytes(m, 'little'))
t(147, lambda: m2.nbytes == len(m2.tobytes()))
t(148, lambda: imul(b, 0))
t(149, lambda: bytes(m2[-1::2]))
t(150, lambda: m.hex())
t(151, lambda: m[-2**64] == m[1])
# scenario
m = m2 = None
b = mk(152, lambda: array.array('f', [float('nan'), 0.0, 1.5, -2.25, 65504.0, 65520.0, 0.0, 1.5]))
m = mk(153, lambda: memoryview(b)[:-1:-1])
m2 = mk(154, lambda: memoryview(m).cast('B').cast('b'))
t(155, lambda: struct.unpack('=2e0e', struct.pack('=2e0e', True, 3)))
t(156, lambda: m == m)
t(157, lambda: list(struct.iter_unpack('>0q1ph', b'\x01\x01\xff\x02\x01\xff\xc8\x00')))
t(158, lambda: m.tolist())
t(159, lambda: setitem(m, slice(None), m[::-1]).tolist())
t(160, lambda: b.fromlist([1.5]))
t(161, lambda: m.tobytes())
t(162, lambda: delitem(m, 5))
t(163, lambda: list(reversed(m)))
t(164, lambda: setitem(m, ..., float('-inf')).tolist())
# scenario
m = m2 = None
b = mk(165, lambda: array.array('b', [-25]))
m = mk(166, lambda: memoryview(b)[:-4:-1])
t(167, lambda: struct.pack('=?1fb', 2, 65504.0, -8))
t(168, lambda: bytearray(b'+').join([m]))
t(169, lambda: struct.pack('3hi', -32768, -222, 240, -254, 1))
t(170, lambda: m.cast('c', [1, 1]).tolist())
t(171, lambda: m[slice(None), 0])
t(172, lambda: m[...])
t(173, lambda: struct.pack_into('>x2', bytearray(18), -8, 1))
t(174, lambda: list(reversed(m)))
t(175, lambda: struct.unpack_from('2l3p3e', m2))
# scenario
m = m2 = None
b = mk(176, lambda: array.array('h', [-116, 23, 25, -69]))
m = mk(177, lambda: memoryview(b))
t(178, lambda: m[0:-4:] == b[-5:2])
t(179, lambda: list(m))
t(180, lambda: len(b))
t(181, lambda: m.cast('d', []).tolist())
t(182, lambda: b''.join([b, b'-']))
t(183, lambda: m.tobytes())
t(184, lambda: delitem(b, 3))
# scenario
m = m2 = None
b = mk(185, lambda: b'\xd2\xef\xban\x15A\xfaDJ\xe9\x14\x01{\xd1H.')
m = mk(186, lambda: memoryview(b)[8:-17:3])
m2 = mk(187, lambda: memoryview(b).toreadonly())
t(188, lambda: m[2:-6, 0])
t(189, lambda: m.tobytes(order='F'))
t(190, lambda: setitem(m[-8:6:3], -15, 177).tolist())
t(191, lambda: m[:].contiguous)
t(192, lambda: b''.join([b, b]))
t(193, lambda: m[()])
t(194, lambda: m.hex())
# scenario
m = m2 = None
b = mk(195, lambda: b'a\x00\xff\x02a\xff')
m = mk(196, lambda: memoryview(b)[-3:2])
t(197, lambda: hash(m[-9:3]) == hash(m[-9:3].tobytes()))
t(198, lambda: struct.calcsize('<?H1e'))
t(199, lambda: bytearray(b'+').join([m]))
t(200, lambda: bytearray(b))
t(201, lambda: hash(m) == hash(m.tobytes()))
t(202, lambda: setitem(m, (2), 197).tolist())
t(203, lambda: m.hex(' ', 0))
t(204, lambda: m.tobytes())
t(205, lambda: b''.join([b, b'-']))
