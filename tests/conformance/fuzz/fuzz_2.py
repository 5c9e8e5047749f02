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
b = mk(1, lambda: array.array('b', []))
m = mk(2, lambda: memoryview(b).cast('H'))
m2 = mk(3, lambda: memoryview(b))
t(4, lambda: b.typecode)
t(5, lambda: b''.join([m2, b'-', b]))
t(6, lambda: setitem(m, (...), 238).tolist())
t(7, lambda: struct.pack('=2hhi', -161, 0, 1.0, 1))
t(8, lambda: list(struct.iter_unpack('!qf3Q', b'A\xc8a\xc8\xff\xff\x7f\xc8\xc8\x7f\xff\xc8')))
t(9, lambda: delitem(m, ...))
t(10, lambda: setitem(m, (2), 258).tolist())
t(11, lambda: memoryview(m2).tolist())
t(12, lambda: m2[1:-3:-2].tobytes())
t(13, lambda: b == array.array('H', b.tolist()))
t(14, lambda: struct.unpack_from('<c3i0B', b'AA', 8))
t(15, lambda: reversed(m) is None)
t(16, lambda: m[...])
# scenario
m = m2 = None
b = mk(17, lambda: array.array('B', []))
m = mk(18, lambda: memoryview(b))
m2 = mk(19, lambda: memoryview(b)[:2])
t(20, lambda: m[slice(None), 0])
t(21, lambda: list(struct.iter_unpack('2 i', b'\xfa')))
t(22, lambda: list(reversed(m)))
t(23, lambda: setitem(m2, 1, 1).tolist())
# scenario
m = m2 = None
b = mk(24, lambda: array.array('B', [52, 65, 201, 167, 174, 214]))
m = mk(25, lambda: memoryview(b))
t(26, lambda: bytearray(b))
t(27, lambda: m.hex(' ', 5))
t(28, lambda: struct.pack_into('N', m, 0, 116))
t(29, lambda: bytearray(b))
t(30, lambda: bytearray(b))
t(31, lambda: m.tobytes())
# scenario
m = m2 = None
b = mk(32, lambda: bytearray(b',{'))
m = mk(33, lambda: memoryview(b).cast('B', [1, 2, 1]))
m2 = mk(34, lambda: memoryview(b))
t(35, lambda: m.toreadonly().tolist())
t(36, lambda: bytearray(b'+').join([m]))
t(37, lambda: struct.unpack_from('@e', m2))
t(38, lambda: m2 >= m)
t(39, lambda: m.f_contiguous)
t(40, lambda: m.obj is b)
t(41, lambda: b.pop())
t(42, lambda: struct.unpack('0s', struct.pack('0s', b'abc')))
t(43, lambda: bool(m))
t(44, lambda: b.remove(256))
# scenario
m = m2 = None
b = mk(45, lambda: bytearray(b'a\xff'))
m = mk(46, lambda: memoryview(b)[-4:4])
m2 = mk(47, lambda: memoryview(b))
t(48, lambda: b.reverse())
t(49, lambda: struct.pack('Q1L', 0, 216))
t(50, lambda: bytearray(b))
t(51, lambda: struct.pack_into('!1?3f', m, -4, 'x', 1e10, -0.0, float('nan')))
t(52, lambda: m >= m.tobytes())
# scenario
m = m2 = None
b = mk(53, lambda: array.array('I', [257, 40, 177]))
m = mk(54, lambda: memoryview(b).cast('B').cast('q'))
t(55, lambda: items(m))
t(56, lambda: b.count(285))
t(57, lambda: m.tobytes())
t(58, lambda: list(m))
t(59, lambda: array.array('b', m))
t(60, lambda: setitem(m, slice(None, -2), array.array('i', [63, 56])).tolist())
# scenario
m = m2 = None
b = mk(61, lambda: bytearray(b'\xc8A'))
m = mk(62, lambda: memoryview(b))
m2 = mk(63, lambda: memoryview(b))
t(64, lambda: m < m2)
t(65, lambda: m.tolist())
t(66, lambda: m.hex())
t(67, lambda: struct.pack_into('!ep0i', bytearray(19), -8, 2**70, b'A\xc8'))
t(68, lambda: m >= m.tolist())
t(69, lambda: delitem(m, -3))
t(70, lambda: memoryview(m).tolist())
t(71, lambda: struct.unpack('1P0s', struct.pack('1P0s', 1, bytearray(b'xy'))))
t(72, lambda: bytearray(b'+').join([m]))
t(73, lambda: list(m))
t(74, lambda: list(struct.iter_unpack('>hQ0f', b'')))
# scenario
m = m2 = None
b = mk(75, lambda: array.array('H', [218]))
m = mk(76, lambda: memoryview(b))
m2 = mk(77, lambda: memoryview(m).cast('B').cast('N'))
t(78, lambda: int.from_bytes(m, 'little'))
t(79, lambda: len(m))
t(80, lambda: b.frombytes(b'A\x02\x7f\xc8\x00'))
t(81, lambda: m.hex(' ', -2))
t(82, lambda: b.insert(0, 201))
t(83, lambda: struct.pack('<2h0B3?', -94, 141, 0, 'x', 0))
t(84, lambda: b.fromlist([139]))
t(85, lambda: setitem(m, (-3), 0).tolist())
t(86, lambda: m[:-4:].tolist())
t(87, lambda: b.buffer_info()[1])
t(88, lambda: b.fromlist([114]))
t(89, lambda: b.insert(2, 55))
# scenario
m = m2 = None
b = mk(90, lambda: b'\x01\xc8aA\x02\x7fa\xff\x01\x80\x80\x00\xc8a\x01a\x00A\x80\x7fa\xff\x80\xff')
m = mk(91, lambda: memoryview(b))
t(92, lambda: b[2])
t(93, lambda: struct.unpack('=2I2H', b'\xf0\xac\x9e$W\xbd\xf1qA\x9dj\x99'))
t(94, lambda: m.tolist())
t(95, lambda: delitem(m, 24))
t(96, lambda: b.index(b'\x00\x01'))
t(97, lambda: struct.pack_into('2 i', m, 14, -146))
t(98, lambda: b.hex(' ', -1))
t(99, lambda: struct.pack_into('=i0l', bytearray(7), -14, 0))
t(100, lambda: m[-11:-19:-3].tobytes())
t(101, lambda: len(b))
# scenario
m = m2 = None
b = mk(102, lambda: array.array('l', [-6, -77, 72]))
m = mk(103, lambda: memoryview(b)[3:4])
m2 = mk(104, lambda: memoryview(m)[-5:-1:0])
t(105, lambda: struct.unpack('P', m))
t(106, lambda: delitem(m, -5))
t(107, lambda: reversed(m2) is None)
t(108, lambda: m.hex(1))
t(109, lambda: b.typecode)
t(110, lambda: len(b))
t(111, lambda: 269 in m)
t(112, lambda: m.hex(b'.', 0))
t(113, lambda: m >= m)
t(114, lambda: len(m))
t(115, lambda: b[-1])
t(116, lambda: bytearray(b'+').join([m2]))
t(117, lambda: m.release())
# scenario
m = m2 = None
b = mk(118, lambda: bytearray(b'B\xeb'))
m = mk(119, lambda: memoryview(b))
m2 = mk(120, lambda: memoryview(b)[1:5])
t(121, lambda: m2 != m2.tobytes())
t(122, lambda: m2[[0]])
t(123, lambda: b.extend(range(3)))
t(124, lambda: m.__len__())
t(125, lambda: struct.pack('<0qph', bytearray(b'xy'), 20))
t(126, lambda: setitem(m2, -4, 20).tolist())
t(127, lambda: len(m))
t(128, lambda: struct.calcsize('=1i2B'))
t(129, lambda: array.array('b', m))
t(130, lambda: len(b))
t(131, lambda: struct.unpack_from('2pH', m, 6))
# scenario
m = m2 = None
b = mk(132, lambda: bytearray(b'\x80\xc8\xc8a\x01\xffA\x7f'))
m = mk(133, lambda: memoryview(b).cast('L'))
m2 = mk(134, lambda: memoryview(b)[-1:])
t(135, lambda: struct.pack_into('<1x', bytearray(15), 3))
t(136, lambda: m[()])
t(137, lambda: m2.obj is b)
t(138, lambda: struct.unpack('s', b'a\x80\x00'))
t(139, lambda: setitem(m, slice(None, 2), memoryview(b'A\x00\x7f\xc8\x00\x02A\x7f').cast('L')).tolist())
t(140, lambda: bytes(b))
t(141, lambda: m.hex(' ', -4))
t(142, lambda: struct.pack_into('@3n', m, -1, -280, 9223372036854775808, -9223372036854775808))
t(143, lambda: bytes(m))
t(144, lambda: b.remove(256))
# scenario
m = m2 = None
b = mk(145, lambda: bytearray(b'\x01\x00'))
m = mk(146, lambda: memoryview(b))
t(147, lambda: struct.pack_into('@fb3d', bytearray(7), 5, 1.5, 261, 3, -0.0, float('inf')))
t(148, lambda: bytearray(b'+').join([m2]))
t(149, lambda: struct.unpack('Q', b'\xff\x01\x01'))
t(150, lambda: memoryview(m).tolist())
t(151, lambda: memoryview(m).tolist())
t(152, lambda: b[1])
t(153, lambda: list(struct.iter_unpack('=Bi', m)))
t(154, lambda: m.cast('?', [0]).tolist())
t(155, lambda: b.extend(b'\xd8t\x16GUBW\xc8M5\x99\xda\xed\x038\xd8'))
# scenario
m = m2 = None
b = mk(156, lambda: array.array('b', [-30]))
m = mk(157, lambda: memoryview(b))
m2 = mk(158, lambda: memoryview(m))
t(159, lambda: setitem(m, 1, [1]).tolist())
t(160, lambda: 128 in m)
t(161, lambda: b.itemsize)
t(162, lambda: setitem(m, (), -1).tolist())
t(163, lambda: b.fromlist([-124]))
t(164, lambda: m.toreadonly().tolist())
# scenario
m = m2 = None
b = mk(165, lambda: bytearray(b'\xff'))
m = mk(166, lambda: memoryview(b)[0:])
t(167, lambda: struct.pack_into('<1s', bytearray(5), 7, b'abc'))
t(168, lambda: m[0] == m[0])
t(169, lambda: m[-2, -2, -1])
t(170, lambda: m2[1])
t(171, lambda: m.tobytes(1))
t(172, lambda: setitem(m, ..., 94).tolist())
t(173, lambda: setitem(m, None, 128).tolist())
# scenario
m = m2 = None
b = mk(174, lambda: b's]\xc4\xf6D\xd8\x97%')
m = mk(175, lambda: memoryview(b))
m2 = mk(176, lambda: memoryview(b)[6:-11])
t(177, lambda: struct.pack('!1dLx', 0.0))
t(178, lambda: setitem(m2, (-3), 121).tolist())
t(179, lambda: memoryview(m).tolist())
t(180, lambda: bytearray(b))
t(181, lambda: struct.calcsize('>2h'))
t(182, lambda: struct.unpack_from('z', b'a\x7f\x01', 8))
t(183, lambda: m2.cast('i', [8]).tolist())
# scenario
m = m2 = None
b = mk(184, lambda: bytearray(b'\xc6\x91'))
m = mk(185, lambda: memoryview(b).cast('i'))
t(186, lambda: setitem(m, slice(-5, -4, 3), memoryview(b'\x80').cast('B')).tolist())
t(187, lambda: memoryview(m2).tolist())
t(188, lambda: m2.hex('ab'))
t(189, lambda: hash(m) == hash(m.tobytes()))
t(190, lambda: struct.unpack_from('L', m, 1))
t(191, lambda: setitem(m, 1, True).tolist())
t(192, lambda: struct.pack('z'))
t(193, lambda: struct.calcsize('2d3n'))
# scenario
m = m2 = None
b = mk(194, lambda: bytearray(range(0)))
m = mk(195, lambda: memoryview(b).cast('?'))
t(196, lambda: struct.unpack_from('<0B0h', b',Z\x0f\x03', 1))
t(197, lambda: items(m))
t(198, lambda: m.toreadonly().tolist())
t(199, lambda: m[1:-1:-1, 0])
t(200, lambda: b[:])
