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
b = mk(1, lambda: b'\xfd')
m = mk(2, lambda: memoryview(b))
t(3, lambda: b[2:-4:-1])
t(4, lambda: bytes(b))
t(5, lambda: delitem(m2, -3))
t(6, lambda: setitem(m2[::-1], slice(None), m2[::-1]).tolist())
t(7, lambda: bytearray(m))
t(8, lambda: memoryview(b) == m)
t(9, lambda: b''.join([b, b'-']))
t(10, lambda: m[0:2:2, 0])
t(11, lambda: struct.unpack_from('>l3L1s', b'\xc8\xff\x80', -2))
t(12, lambda: struct.unpack_from('>3eh', b'7S\xc9\xbd\xfa', 3))
# scenario
m = m2 = None
b = mk(13, lambda: b'')
m = mk(14, lambda: memoryview(b))
t(15, lambda: b''.join([m, b'-', m]))
t(16, lambda: struct.unpack('<1is1q', struct.pack('<1is1q', -1, 1, 18446744073709551621)))
t(17, lambda: struct.unpack('@f1e0P', struct.pack('@f1e0P', 0.0)))
t(18, lambda: m.toreadonly().tolist())
t(19, lambda: m.cast('I').tolist())
t(20, lambda: m.hex())
t(21, lambda: len(m))
t(22, lambda: bytearray(b))
t(23, lambda: memoryview(m).tolist())
t(24, lambda: m[-3, -1])
t(25, lambda: 159 in m)
t(26, lambda: m[0:4:-3].tolist())
t(27, lambda: b)
# scenario
m = m2 = None
b = mk(28, lambda: bytearray(b'R\xe4\xdap\xe6r\x0f\xca\xa4\xda\x1e\x98'))
m = mk(29, lambda: memoryview(b).cast('e', (1, 6)))
t(30, lambda: m[:9] == m[2::-3])
t(31, lambda: m2.cast('?').tolist())
t(32, lambda: b.hex(b'_', 3))
t(33, lambda: setitem(m[0:], -4, 65504.0).tolist())
t(34, lambda: hash(m) == hash(m.tobytes()))
t(35, lambda: struct.calcsize('f'))
t(36, lambda: b''.join([m, b'-', b]))
t(37, lambda: setitem(m, ..., 2**70).tolist())
# scenario
m = m2 = None
b = mk(38, lambda: b'\x7f\x00\x80\x01\x80\x02\x02\x7f\x01\x80\x01\xffA\x01a\x7fa\xff\x01\xc8a\x01\x00a')
m = mk(39, lambda: memoryview(b).cast('>h'))
t(40, lambda: m.toreadonly().tolist())
t(41, lambda: m[-4, 1])
t(42, lambda: with_view(b))
t(43, lambda: struct.calcsize('2 i'))
# scenario
m = m2 = None
b = mk(44, lambda: array.array('I', [204, 162, 4294967295]))
m = mk(45, lambda: memoryview(b).cast('B').cast('e'))
t(46, lambda: memoryview(b) == m)
t(47, lambda: m['a'])
t(48, lambda: reversed(m) is None)
t(49, lambda: struct.unpack_from('lL', m, 2))
t(50, lambda: b == array.array('i', b.tolist()))
t(51, lambda: memoryview(m).tolist())
t(52, lambda: m2[slice(None), 0])
t(53, lambda: m.hex())
t(54, lambda: bool(m))
t(55, lambda: setitem(m, (), 0.1).tolist())
t(56, lambda: delitem(m, -3))
# scenario
m = m2 = None
b = mk(57, lambda: b'\x7fa')
m = mk(58, lambda: memoryview(b).cast('P'))
m2 = mk(59, lambda: memoryview(b).cast('b'))
t(60, lambda: with_view(b))
t(61, lambda: b == m.tobytes())
t(62, lambda: struct.unpack('!0f', b'\xe0\xe8\x05\xca\xadW\x84\xf8\x0c\xd5\t\x1f\xb5F@F'))
t(63, lambda: m.release())
t(64, lambda: m2.hex('-'))
t(65, lambda: delitem(m, 3))
t(66, lambda: list(struct.iter_unpack('1L', b'\x80\x7f\xffaA\x00\x01\xff\x7f\x02\xffA')))
t(67, lambda: m[-3:2:1] == b[:-2:])
t(68, lambda: with_view(m))
t(69, lambda: m[-4])
t(70, lambda: b[-4:-3:1])
t(71, lambda: m[1:0] == b[-4:3])
t(72, lambda: m[[0]])
# scenario
m = m2 = None
b = mk(73, lambda: array.array('b', [-118]))
m = mk(74, lambda: memoryview(b).cast('i'))
m2 = mk(75, lambda: memoryview(b).cast('I'))
t(76, lambda: m[::3] == m2[-4::2])
t(77, lambda: bool(m))
t(78, lambda: struct.unpack('<1l3s', struct.pack('<1l3s', 9223372036854775808, bytearray(b'xy'))))
t(79, lambda: m.cast('N', [1]).tolist())
t(80, lambda: m2[0:4].tobytes())
t(81, lambda: struct.unpack_from('<3l1h', b'\x01\xc7\xda\xcf\xac"\xfc~\x94\n\xd0O\xcb\x8a[%', 6))
# scenario
m = m2 = None
b = mk(82, lambda: array.array('b', [127, 127]))
m = mk(83, lambda: memoryview(b).cast('I'))
m2 = mk(84, lambda: memoryview(b))
t(85, lambda: list(m))
t(86, lambda: m.cast('?').tolist())
t(87, lambda: with_view(m))
t(88, lambda: b < array.array('i', [-22]))
t(89, lambda: m.hex())
t(90, lambda: bytearray(b'+').join([m]))
t(91, lambda: b.byteswap())
t(92, lambda: m[3, 4])
t(93, lambda: b.fromlist([127]))
t(94, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(95, lambda: bytearray(b'}\x0f\xce\xa2'))
m = mk(96, lambda: memoryview(b))
t(97, lambda: b == array.array('b', [1]))
t(98, lambda: bool(m))
t(99, lambda: items(m))
t(100, lambda: m.obj is b)
t(101, lambda: list(struct.iter_unpack('@i3H', b't\xcb\xa4\xfc')))
t(102, lambda: struct.pack_into('s', bytearray(6), 1, 1))
t(103, lambda: hash(m2[2:-6]) == hash(m2[2:-6].tobytes()))
# scenario
m = m2 = None
b = mk(104, lambda: bytearray(b'\x02AAa\xc8\xff\x80A\xc8a\x7f\xc8\x01A\x01\x00'))
m = mk(105, lambda: memoryview(b).cast('B', [8, 2]))
m2 = mk(106, lambda: memoryview(b))
t(107, lambda: struct.unpack_from('<I1b', m))
t(108, lambda: b.hex())
t(109, lambda: hash(m[:-12]) == hash(m[:-12].tobytes()))
t(110, lambda: m.obj is b)
# scenario
m = m2 = None
b = mk(111, lambda: array.array('f', [-2.25, float('inf'), 65520.0, 65504.0, 1e10, float('inf'), 0.1, 0.1]))
m = mk(112, lambda: memoryview(b))
m2 = mk(113, lambda: memoryview(b).toreadonly())
t(114, lambda: struct.unpack('<2q', m))
t(115, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(116, lambda: m.hex())
t(117, lambda: b.count(0.1))
t(118, lambda: m.tobytes('F'))
t(119, lambda: struct.calcsize('f'))
t(120, lambda: m.release())
t(121, lambda: b.remove(0.0))
t(122, lambda: with_view(b))
t(123, lambda: m.hex(b'|'))
t(124, lambda: bool(m))
t(125, lambda: setitem(m, -7, -1e-310).tolist())
t(126, lambda: b''.join([m, b'-', b'z']))
# scenario
m = m2 = None
b = mk(127, lambda: bytearray(b'\x80\xc8\x01\x02\xc8\xff\xff\xff'))
m = mk(128, lambda: memoryview(b)[-2:-5])
t(129, lambda: m.hex())
t(130, lambda: struct.unpack_from('=LI', m, 5))
t(131, lambda: m[0])
t(132, lambda: b.append(1))
t(133, lambda: items(m))
# scenario
m = m2 = None
b = mk(134, lambda: array.array('d', [-0.0, -1e-310, float('nan')]))
m = mk(135, lambda: memoryview(b).cast('B').cast('b'))
t(136, lambda: b.typecode)
t(137, lambda: struct.unpack_from('@s2f', m, -1))
t(138, lambda: m[-20:, 0])
t(139, lambda: b[2:5])
t(140, lambda: bytearray(b'+').join([m]))
t(141, lambda: m2[-2**64] == m2[2**63])
t(142, lambda: struct.pack_into('=n', bytearray(15), 2, -9223372036854775809))
# scenario
m = m2 = None
b = mk(143, lambda: array.array('H', [187, 96, 37]))
m = mk(144, lambda: memoryview(b))
t(145, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(146, lambda: m.release())
t(147, lambda: m2.toreadonly().tolist())
t(148, lambda: m2[-6:] == m2[-2:5])
t(149, lambda: b.reverse())
t(150, lambda: struct.unpack_from('=1s1ll', b'\xff\x02a\x00\x80\x00\x7f\x80\x80a\x00\x01', -18))
t(151, lambda: b.frombytes(b'\x7f\xc8\x7f\x80'))
t(152, lambda: m != None)
# scenario
m = m2 = None
b = mk(153, lambda: array.array('l', [227, 18, -174, 73, -176, -9223372036854775808]))
m = mk(154, lambda: memoryview(b))
t(155, lambda: memoryview(b) == m2)
t(156, lambda: struct.pack_into('!0b', m, 2))
t(157, lambda: setitem(b, True, 1))
t(158, lambda: setitem(m, slice(None), m2).tolist())
t(159, lambda: m.__len__())
t(160, lambda: struct.pack_into('@2p0H', bytearray(19), -10, b'abc'))
t(161, lambda: m2.tobytes('X'))
t(162, lambda: setitem(b, slice(None, -1), array.array('l')))
t(163, lambda: m['a'])
t(164, lambda: m.__len__())
t(165, lambda: struct.unpack('<2c', struct.pack('<2c', 97, bytearray(b'z'))))
t(166, lambda: struct.pack('<dB', 65520.0, 25))
t(167, lambda: m.cast('f', [2, 3]).tolist())
t(168, lambda: list(m[-2:]))
# scenario
m = m2 = None
b = mk(169, lambda: array.array('I', [265, 62]))
m = mk(170, lambda: memoryview(b).cast('B').cast('h'))
m2 = mk(171, lambda: memoryview(b).cast('B').cast('c', [4, 1, 2]))
t(172, lambda: struct.unpack('>Is', m))
t(173, lambda: struct.unpack_from('!2?1I3b', b'\x80\xff\x80aAa\xff\x02\x00\xff\x01\x02AA\x80a', -3))
t(174, lambda: m.cast('?').tolist())
t(175, lambda: m.release())
t(176, lambda: b.extend(array.array('I')))
t(177, lambda: bool(m))
t(178, lambda: memoryview(m).tolist())
t(179, lambda: m[3])
t(180, lambda: m[5:-2].tobytes())
t(181, lambda: m[1] == m[3])
# scenario
m = m2 = None
b = mk(182, lambda: b'\x00\xff\x00\x02\x80\xff')
m = mk(183, lambda: memoryview(b))
m2 = mk(184, lambda: memoryview(b))
t(185, lambda: bytearray(b))
t(186, lambda: struct.calcsize('>0c'))
t(187, lambda: b''.join([m, b'-', b]))
t(188, lambda: m2.cast('L', [2, 3]).tolist())
t(189, lambda: bytes(b))
t(190, lambda: struct.unpack('0qh3c', struct.pack('0qh3c', 54, b'ab', bytearray(b'z'), bytearray(b'z'))))
t(191, lambda: hash(m) == hash(m.tobytes()))
t(192, lambda: m == bytearray(b''))
t(193, lambda: int.from_bytes(b, 'big', signed=True))
t(194, lambda: list(reversed(m)))
t(195, lambda: b == b'\xff\x01\xc8a\x02\x02\x00\x80')
t(196, lambda: m.hex())
t(197, lambda: struct.pack_into('=0sl2?', bytearray(3), 10, 1, 9223372036854775808, 0, 0))
# scenario
m = m2 = None
b = mk(198, lambda: array.array('q', [99]))
m = mk(199, lambda: memoryview(b).cast('B').cast('e'))
t(200, lambda: iadd(b, b))
t(201, lambda: hash(m) == hash(m.tobytes()))
t(202, lambda: items(m[:5]))
t(203, lambda: struct.pack_into('@ns3f', bytearray(10), 4, 1, 's', float('-inf'), True, 0.1))
t(204, lambda: memoryview(m).tolist())
t(205, lambda: setitem(m[:], -5, 1.5).tolist())
t(206, lambda: m.tolist())
