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
b = mk(1, lambda: array.array('B', [18, 240, 255]))
m = mk(2, lambda: memoryview(b).cast('B'))
t(3, lambda: list(struct.iter_unpack('2d', b'\x01\x80\x7f\x01')))
t(4, lambda: setitem(m, -4, 517).tolist())
t(5, lambda: m2.cast('?').tolist())
t(6, lambda: memoryview(m[1:-3:4]))
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
t(18, lambda: m2.cast('c').tolist())
t(19, lambda: m.nbytes == len(m.tobytes()))
t(20, lambda: struct.unpack_from('>0?', m, 0))
t(21, lambda: list(struct.iter_unpack('!2f1I', b'a')))
t(22, lambda: struct.unpack('0e', struct.pack('0e')))
t(23, lambda: m.tobytes())
t(24, lambda: bytes(b))
t(25, lambda: bytes(b))
t(26, lambda: m[()])
# scenario
m = m2 = None
b = mk(27, lambda: bytearray(b''))
m = mk(28, lambda: memoryview(b))
t(29, lambda: struct.unpack_from('1Bf3N', b, 4))
t(30, lambda: m2 != m2)
t(31, lambda: b.count(b''))
t(32, lambda: -1 in m)
t(33, lambda: with_view(b))
t(34, lambda: m.tobytes())
t(35, lambda: bytes(m))
# scenario
m = m2 = None
b = mk(36, lambda: bytearray(b"'\x1eV\xe0=9"))
m = mk(37, lambda: memoryview(b))
m2 = mk(38, lambda: memoryview(b))
t(39, lambda: struct.pack_into('>1Ii', bytearray(20), 4, 4294967295, -287))
t(40, lambda: b.insert(0, 5))
t(41, lambda: struct.unpack('<c', struct.pack('<c', bytearray(b'z'))))
t(42, lambda: m.cast('?').tolist())
t(43, lambda: m.tobytes('A'))
t(44, lambda: m.hex())
t(45, lambda: setitem(m, 0, 64).tolist())
t(46, lambda: struct.unpack_from('<3sd', m))
t(47, lambda: m.tobytes())
t(48, lambda: m[::].toreadonly().tolist())
t(49, lambda: m.release())
t(50, lambda: bytearray(b'+').join([m]))
t(51, lambda: with_view(b))
t(52, lambda: b''.join([b, m]))
# scenario
m = m2 = None
b = mk(53, lambda: array.array('l', [34]))
m = mk(54, lambda: memoryview(b))
t(55, lambda: setitem(m, (), 0).tolist())
t(56, lambda: m[...])
t(57, lambda: m[-3:, 0])
t(58, lambda: b.tobytes().hex())
t(59, lambda: bytearray(b'+').join([m]))
t(60, lambda: m.nbytes == len(m.tobytes()))
t(61, lambda: hash(m[2:-3]) == hash(m[2:-3].tobytes()))
t(62, lambda: memoryview(m).tolist())
t(63, lambda: b.tobytes().hex())
# scenario
m = m2 = None
b = mk(64, lambda: array.array('q', []))
m = mk(65, lambda: memoryview(b))
t(66, lambda: reversed(m) is None)
t(67, lambda: m[-3, -3])
t(68, lambda: struct.unpack('=3B1?2H', struct.pack('=3B1?2H', 0, 0, 0, True, -1)))
t(69, lambda: struct.pack_into('<3Bq', bytearray(4), -9, 1, 0, 1.5, 156))
t(70, lambda: struct.unpack('<Id', b'\x02\xc8\x7f'))
# scenario
m = m2 = None
b = mk(71, lambda: bytearray(b'a\xffa\xc8\xff\x00\xffA\x00\xff\xc8\xff\xffa\x02\x00\x7f\x00AaA\x02a\x00'))
m = mk(72, lambda: memoryview(b).cast('f'))
m2 = mk(73, lambda: memoryview(b).toreadonly())
t(74, lambda: delitem(b, slice(3, -13)))
t(75, lambda: bytearray(m))
t(76, lambda: m[-1::].tobytes())
t(77, lambda: hash(m[7:2]) == hash(m[7:2].tobytes()))
t(78, lambda: reversed(m) is None)
# scenario
m = m2 = None
b = mk(79, lambda: bytes(3))
m = mk(80, lambda: memoryview(b).cast('P'))
t(81, lambda: len(b))
t(82, lambda: m[()])
t(83, lambda: struct.pack_into('=3bB', m, 3, 3, -129, -129, 517))
t(84, lambda: b.pop())
t(85, lambda: b.remove(0))
# scenario
m = m2 = None
b = mk(86, lambda: b'\x00\x80')
m = mk(87, lambda: memoryview(b).cast('2i'))
t(88, lambda: m[1] == m[-2**64])
t(89, lambda: list(m))
t(90, lambda: m[3::2].tolist())
t(91, lambda: items(m))
t(92, lambda: m2.toreadonly().tolist())
t(93, lambda: b == array.array('b', [1]))
# scenario
m = m2 = None
b = mk(94, lambda: array.array('f', []))
m = mk(95, lambda: memoryview(b))
m2 = mk(96, lambda: memoryview(m))
t(97, lambda: struct.pack_into('<3e', m, -2, 2**70, True, 1e10))
t(98, lambda: struct.calcsize('=3c0x'))
t(99, lambda: setitem(b, slice(1, None), [1]))
t(100, lambda: m2 != memoryview(b'\xfc\xb4\x13\x08h\x03\x16\x0f'))
t(101, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(102, lambda: m[-3])
t(103, lambda: struct.pack('@iP', -14, 36893488147419103237))
t(104, lambda: m.nbytes == len(m.tobytes()))
t(105, lambda: list(struct.iter_unpack('3bb3s', m)))
t(106, lambda: setitem(b, slice(-3, 3, 2), array.array('f')))
# scenario
m = m2 = None
b = mk(107, lambda: array.array('w', ''))
m = mk(108, lambda: memoryview(b).cast('B').cast('f', []))
m2 = mk(109, lambda: memoryview(m)[:])
t(110, lambda: m.cast('c').tolist())
t(111, lambda: setitem(m[4:-2:3], -1, float('nan')).tolist())
t(112, lambda: b.remove('\u20ac'))
t(113, lambda: bytearray(m))
t(114, lambda: m.nbytes == len(m.tobytes()))
t(115, lambda: m.release())
t(116, lambda: hash(m[-2:0:0]) == hash(m[-2:0:0].tobytes()))
t(117, lambda: len(m))
t(118, lambda: setitem(m, -3, -2**63 - 1).tolist())
t(119, lambda: hash(m[3:1]) == hash(m[3:1].tobytes()))
t(120, lambda: struct.calcsize('<qx2l'))
t(121, lambda: struct.unpack('=0q', struct.pack('=0q')))
t(122, lambda: m2[-3] == m2[2])
# scenario
m = m2 = None
b = mk(123, lambda: array.array('Q', [127]))
m = mk(124, lambda: memoryview(b).cast('B').cast('I', [2, 1]))
t(125, lambda: int.from_bytes(m[:1]))
t(126, lambda: b.pop(99))
t(127, lambda: hash(m) == hash(m.tobytes()))
t(128, lambda: iadd(b, array.array('Q', [18446744073709551615])))
t(129, lambda: struct.unpack('=1s2B1s', struct.pack('=1s2B1s', b'abc', 124, -1, bytearray(b'xy'))))
t(130, lambda: bytes(b))
t(131, lambda: len(m))
t(132, lambda: list(m.cast('e')))
t(133, lambda: struct.unpack('1Qf', struct.pack('1Qf', 36893488147419103237, -2.25)))
t(134, lambda: m[4:3:-1].tobytes())
t(135, lambda: list(reversed(m)))
t(136, lambda: struct.unpack('@1Qp', b'\xd4\x89)w\xb2'))
# scenario
m = m2 = None
b = mk(137, lambda: bytearray(0))
m = mk(138, lambda: memoryview(b))
m2 = mk(139, lambda: memoryview(b))
t(140, lambda: m[:].tolist())
t(141, lambda: b == m.tobytes())
t(142, lambda: b[-2**64])
t(143, lambda: m[3:2] == b[3:-4:-1])
t(144, lambda: setitem(m, slice(None, 1), array.array('B', [1, 127])).tolist())
t(145, lambda: struct.pack_into('0x', m, -4))
t(146, lambda: len(b))
t(147, lambda: setitem(m, slice(None, None, -1), bytearray(b'')).tolist())
t(148, lambda: bytearray(b'+').join([m]))
# scenario
m = m2 = None
b = mk(149, lambda: bytearray(b'\x80\x7f\x02\xff\x01\x02aA\x00A\x7f\x00\x80\x7f\x7f\x02'))
m = mk(150, lambda: memoryview(b)[1:-9:3])
m2 = mk(151, lambda: memoryview(b)[7:-19])
t(152, lambda: b.clear())
t(153, lambda: struct.unpack_from('!B2x0L', b'A\x01\x80\x80\x00\xc8\x02\x00\xc8\x00\x00\x01', 6))
t(154, lambda: m[::1].tobytes())
t(155, lambda: struct.pack_into('<q2Bd', bytearray(10), 0, 9223372036854775807, 1, 1, 65520.0))
t(156, lambda: bytearray(m))
t(157, lambda: m.hex('\u20ac'))
t(158, lambda: m.itemsize)
t(159, lambda: struct.unpack('f3l', b'\x05['))
t(160, lambda: struct.unpack('!2e3p', b'\x01'))
t(161, lambda: bytearray(m))
t(162, lambda: b == b)
# scenario
m = m2 = None
b = mk(163, lambda: array.array('f', [-1e-310, 0.1, -2.25, -2.25, 65520.0, 0.0, 0.0, float('-inf')]))
m = mk(164, lambda: memoryview(b)[2:4])
m2 = mk(165, lambda: memoryview(b).cast('B').cast('P'))
t(166, lambda: struct.unpack_from('!2id', m, 0))
t(167, lambda: struct.unpack_from('QH', b'\x01\xff\xc8a', -1))
t(168, lambda: struct.calcsize('!0e'))
t(169, lambda: setitem(m, 6, True).tolist())
t(170, lambda: b''.join([b, b]))
t(171, lambda: m.tobytes())
t(172, lambda: imul(b, 0))
t(173, lambda: setitem(m, slice(None), m2).tolist())
t(174, lambda: struct.pack('@3d2f', 65520.0, -0.0, float('inf'), 1.5, -1e-310))
t(175, lambda: m.hex())
t(176, lambda: list(struct.iter_unpack('>3b0h', b'A\x00\x80\x00')))
t(177, lambda: b)
t(178, lambda: struct.unpack_from('=2pL', b'\x00\xff\x02A', -12))
t(179, lambda: len(m))
# scenario
m = m2 = None
b = mk(180, lambda: bytearray(b'B\x85W\x04'))
m = mk(181, lambda: memoryview(b)[::1])
t(182, lambda: m2[-4] == m2[2])
t(183, lambda: m.toreadonly().readonly)
t(184, lambda: m[-5] == m[-3])
t(185, lambda: struct.unpack('q3lP', m))
t(186, lambda: m.nbytes == len(m.tobytes()))
t(187, lambda: list(struct.iter_unpack('=1he', m2)))
# scenario
m = m2 = None
b = mk(188, lambda: bytearray(b''))
m = mk(189, lambda: memoryview(b))
t(190, lambda: list(struct.iter_unpack('Ii ', b)))
t(191, lambda: 86 in m)
t(192, lambda: setitem(b, -3, b'a'))
t(193, lambda: m[[0]])
t(194, lambda: list(struct.iter_unpack('<0HI', b'\x80\xc8\x01A\x00')))
t(195, lambda: list(struct.iter_unpack('Q', b'\x7f\x00\x80\x02')))
t(196, lambda: hash(m[0:]) == hash(m[0:].tobytes()))
t(197, lambda: m.cast('?').tolist())
t(198, lambda: array.array('d', bytes(b)))
t(199, lambda: struct.pack_into('>x2', m, -1))
t(200, lambda: struct.unpack('1Nc2h', b''))
