# Written by tests/fuzz/gen.py --seed 12 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\x02\x80\x00\x7f\xc8a\xc8A\xff\x00\x02\xc8\x7f\x02\x7fA\x00A\x01\xff\x7f\x80\x01\x00'))
m = mk(2, lambda: memoryview(b))
t(3, lambda: bytearray(m))
t(4, lambda: struct.unpack_from('=p', b'\x1aW*\xcd\xd6\xf0\xf4\xc4\x0f*b\x85\xb6\xb9\xc5\x9e', -17))
t(5, lambda: m < memoryview(m.tobytes()).cast('B'))
t(6, lambda: items(m2))
t(7, lambda: items(m))
t(8, lambda: 85 in m)
t(9, lambda: m[...])
t(10, lambda: bytes(b))
t(11, lambda: struct.pack_into('<P', bytearray(10), -15, 4))
t(12, lambda: int.from_bytes(m, 'big'))
t(13, lambda: m[-9] == m[-12])
t(14, lambda: memoryview(b) == bytes(b))
t(15, lambda: list(struct.iter_unpack('>f', m)))
t(16, lambda: m2 == m)
# scenario
m = m2 = None
b = mk(17, lambda: array.array('q', [-6]))
m = mk(18, lambda: memoryview(b))
t(19, lambda: struct.unpack('=B2p2Q', m))
t(20, lambda: delitem(m, -1))
t(21, lambda: setitem(m, slice(-2, 2), b'').tolist())
t(22, lambda: b.typecode)
t(23, lambda: m.hex(':', -5))
t(24, lambda: struct.pack('!e', 0.1))
t(25, lambda: m.toreadonly().readonly)
# scenario
m = m2 = None
b = mk(26, lambda: bytes(3))
m = mk(27, lambda: memoryview(b)[6::-3])
t(28, lambda: b[4:6:-2])
t(29, lambda: imul(b, 0))
t(30, lambda: 68 in m2)
t(31, lambda: m[0:3].__len__())
t(32, lambda: struct.unpack_from('Ii ', m, 6))
t(33, lambda: struct.pack_into('<I0e1Q', b, 2, 1.5, 105))
t(34, lambda: setitem(m[5:-1:-1], -1, -1).tolist())
t(35, lambda: iadd(b, b''))
t(36, lambda: m[-1, 1.0])
t(37, lambda: with_view(b))
t(38, lambda: struct.calcsize('>2Q'))
# scenario
m = m2 = None
b = mk(39, lambda: bytearray(b'\x80\x80\xff\x00a\x00'))
m = mk(40, lambda: memoryview(b))
t(41, lambda: delitem(b, 5))
t(42, lambda: m.tobytes(1))
t(43, lambda: m.contiguous)
t(44, lambda: b.extend(range(3)))
t(45, lambda: struct.pack_into('1L2p', bytearray(10), 5, 44, 1))
t(46, lambda: bytearray(m))
t(47, lambda: delitem(b, slice(3, 6)))
t(48, lambda: setitem(m, (-3), 517).tolist())
t(49, lambda: struct.unpack_from('@n3B', b'O\x8d\xc1\xab\x9e\xbf\xb5\xa9\xeb$X\xcc', 8))
# scenario
m = m2 = None
b = mk(50, lambda: bytearray(b'\x7f\x02a\x7f\x7f\x80\x00\xff'))
m = mk(51, lambda: memoryview(b).cast('w'))
t(52, lambda: m.hex(1))
t(53, lambda: m[11:, 0])
t(54, lambda: m2.toreadonly().tolist())
t(55, lambda: setitem(m, slice(4, 3), b'AA\xff\xc8').tolist())
t(56, lambda: bytearray(b'+').join([m]))
t(57, lambda: m.c_contiguous)
t(58, lambda: m.toreadonly().readonly)
t(59, lambda: hash(m[:-3:9]) == hash(m[:-3:9].tobytes()))
# scenario
m = m2 = None
b = mk(60, lambda: array.array('w', ['b']))
m = mk(61, lambda: memoryview(b))
t(62, lambda: m.nbytes == len(m.tobytes()))
t(63, lambda: bytearray(b'+').join([m]))
t(64, lambda: hash(m[-4:-4:-3]) == hash(m[-4:-4:-3].tobytes()))
t(65, lambda: m.hex())
t(66, lambda: items(m))
t(67, lambda: setitem(m2, slice(None), m2[::2]).tolist())
t(68, lambda: b''.join([m, b'-', b]))
# scenario
m = m2 = None
b = mk(69, lambda: bytearray(b'%\x8d'))
m = mk(70, lambda: memoryview(b))
m2 = mk(71, lambda: memoryview(m).cast('P'))
t(72, lambda: iadd(b, b''))
t(73, lambda: m[:-3:3].toreadonly().tolist())
t(74, lambda: setitem(m, slice(None), b).tolist())
t(75, lambda: struct.unpack('=?', b'\x02a\x00a\x80\x80A\x02\x00\x7f\x7fa'))
t(76, lambda: bytes(m))
t(77, lambda: setitem(m, slice(3, 3, -1), b).tolist())
t(78, lambda: m == array.array('f', [1, 0, 1]))
t(79, lambda: memoryview(m).tolist())
t(80, lambda: m.cast('c').tolist())
t(81, lambda: memoryview(b) == b)
t(82, lambda: m[:4:2].tolist())
t(83, lambda: bool(m))
t(84, lambda: m[2])
t(85, lambda: b.count(97))
# scenario
m = m2 = None
b = mk(86, lambda: array.array('L', [0, 253, 74, 0]))
m = mk(87, lambda: memoryview(b)[-3:])
m2 = mk(88, lambda: memoryview(b)[:-5:-3])
t(89, lambda: m.nbytes == len(m.tobytes()))
t(90, lambda: int.from_bytes(m, 'big'))
t(91, lambda: m.hex(''))
t(92, lambda: iadd(b, array.array('L', [36893488147419103237])))
t(93, lambda: b.count(18446744073709551616))
t(94, lambda: list(m.cast('e')))
t(95, lambda: len(m))
t(96, lambda: setitem(m, -1, 299).tolist())
t(97, lambda: m.__len__())
t(98, lambda: items(m[-3:-6]))
t(99, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(100, lambda: struct.unpack('=LB', b''))
# scenario
m = m2 = None
b = mk(101, lambda: bytearray(b'\x80\x80\x01\x01\x02\xc8\x02\xc8a\xffaA\x00\x00A\x7f'))
m = mk(102, lambda: memoryview(b)[-8:-15])
m2 = mk(103, lambda: memoryview(m))
t(104, lambda: m.hex())
t(105, lambda: m.hex(' ', 1))
t(106, lambda: bytes(m))
t(107, lambda: struct.pack_into('<i', m, -1, -154, 1))
# scenario
m = m2 = None
b = mk(108, lambda: array.array('I', [222]))
m = mk(109, lambda: memoryview(b))
m2 = mk(110, lambda: memoryview(b))
t(111, lambda: m.obj is b)
t(112, lambda: m2 == bytearray(b''))
t(113, lambda: struct.calcsize('1pd'))
t(114, lambda: m2[-1:2] == m[3:1])
t(115, lambda: struct.pack('@3sb0?', 1, 261))
t(116, lambda: bytearray(m2))
t(117, lambda: setitem(m, slice(None), b).tolist())
t(118, lambda: struct.pack_into('@1hhf', bytearray(7), 5, 1, 1))
t(119, lambda: struct.unpack_from('!2p', m2))
t(120, lambda: m[-4::-3].tolist())
t(121, lambda: m.tolist())
t(122, lambda: m2.cast('c').tolist())
# scenario
m = m2 = None
b = mk(123, lambda: bytearray(b'A\x80'))
m = mk(124, lambda: memoryview(b).cast('d'))
t(125, lambda: m[4, -2])
t(126, lambda: b.pop())
t(127, lambda: list(reversed(m)))
t(128, lambda: reversed(m2) is None)
t(129, lambda: list(struct.iter_unpack('=1pei', b)))
t(130, lambda: m.contiguous)
t(131, lambda: struct.unpack_from('3i', b'\x02\x01\x00\x80\x00\xffaa', -13))
# scenario
m = m2 = None
b = mk(132, lambda: b'')
m = mk(133, lambda: memoryview(b))
t(134, lambda: m2 != m2)
t(135, lambda: struct.pack_into('=Lid', bytearray(12), 6, 72, -67, 65504.0))
t(136, lambda: m2[-3:3:2] == m[2::-3])
t(137, lambda: m[-1:0:0] == m2[0::2])
t(138, lambda: m[1::2].tolist())
t(139, lambda: b[-2:-3])
t(140, lambda: memoryview(b) == bytes(b))
t(141, lambda: struct.pack_into('<L3f', b, 0, 1, 0.0, 1e10, 1e300))
t(142, lambda: struct.unpack_from('@3?', m, 6))
t(143, lambda: b[0])
t(144, lambda: struct.pack_into('<x0i', m, 2))
t(145, lambda: b == m2)
t(146, lambda: 1 in m)
# scenario
m = m2 = None
b = mk(147, lambda: b'\x80AAA\xff\xc8a\x80a\xff\x01\x80\x80\x7f\x00A')
m = mk(148, lambda: memoryview(b).cast('s'))
t(149, lambda: struct.unpack_from('0P', b'a\xff\x00', -12))
t(150, lambda: struct.unpack('!N', struct.pack('!N', 1, 1)))
t(151, lambda: struct.calcsize('!1ed1f'))
t(152, lambda: hash(m) == hash(m.tobytes()))
t(153, lambda: list(m))
t(154, lambda: list(struct.iter_unpack('=3e0?2q', b)))
t(155, lambda: int.from_bytes(m[16:4:]))
# scenario
m = m2 = None
b = mk(156, lambda: bytearray(b'\x8fP\x07\xa7\x19#'))
m = mk(157, lambda: memoryview(b).cast(''))
m2 = mk(158, lambda: memoryview(m))
t(159, lambda: bytes(b))
t(160, lambda: items(m))
t(161, lambda: memoryview(b) == b)
t(162, lambda: m.cast('<i').tolist())
t(163, lambda: hash(m) == hash(m.tobytes()))
# scenario
m = m2 = None
b = mk(164, lambda: b'')
m = mk(165, lambda: memoryview(b)[1:])
m2 = mk(166, lambda: memoryview(m).cast('I'))
t(167, lambda: struct.unpack('>pe', b'\x01a\x01\xff'))
t(168, lambda: struct.pack_into('@c1e', m, -4, 97))
t(169, lambda: struct.unpack('1L3Q', struct.pack('1L3Q', 12, 1, 18446744073709551615, 195)))
t(170, lambda: m.cast('c').tolist())
t(171, lambda: bytearray(b))
t(172, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(173, lambda: len(b))
t(174, lambda: struct.pack_into('<2I3l2?', m, -1, 0, 124, 126, -9223372036854775808, -183, 0, None))
# scenario
m = m2 = None
b = mk(175, lambda: array.array('L', [130, 18446744073709551615, 37, 0]))
m = mk(176, lambda: memoryview(b))
m2 = mk(177, lambda: memoryview(m).cast('B').cast('=B'))
t(178, lambda: setitem(m2[:6], 1, 18446744073709551616).tolist())
t(179, lambda: m[()])
t(180, lambda: list(m.cast('e')))
t(181, lambda: struct.pack_into('=B2B0x', m, -2, 0, 0, 146))
t(182, lambda: m2[-3, 1, -3])
t(183, lambda: struct.pack('1Q0Q1?', 14))
t(184, lambda: struct.unpack_from('!fI', b'a', 1))
t(185, lambda: m.hex(' ', 3))
t(186, lambda: list(reversed(m2)))
t(187, lambda: b.frombytes(b'%\x9c\x8f]'))
t(188, lambda: m.hex(b'.', -2))
t(189, lambda: list(reversed(m2)))
t(190, lambda: struct.unpack('@3c', b'\x01A\x80\x02\x01\x00\xff\x02A\xc8\x02\x00\x01\xc8A\xc8'))
# scenario
m = m2 = None
b = mk(191, lambda: bytearray(range(24)))
m = mk(192, lambda: memoryview(b).cast('h', [1, 12]))
t(193, lambda: m[-5, 2])
t(194, lambda: b.count(256))
t(195, lambda: with_view(m))
t(196, lambda: struct.pack_into('>x3sd', m, 13, b'\x01aa\x7f\xc8\x01a\x02', -1e-310))
t(197, lambda: bytearray(b'+').join([m]))
t(198, lambda: m[-14:-15:3].cast('B').tolist())
t(199, lambda: setitem(m2, (), 256).tolist())
t(200, lambda: with_view(b))
t(201, lambda: m.tobytes())
