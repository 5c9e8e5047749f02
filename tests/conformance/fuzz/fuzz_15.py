# Written by tests/fuzz/gen.py --seed 15 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: array.array('b', [-48, -128, -53, 127]))
m = mk(2, lambda: memoryview(b).cast('l'))
m2 = mk(3, lambda: memoryview(m).cast('e'))
t(4, lambda: bytes(m))
t(5, lambda: bytes(m))
t(6, lambda: m >= 'abc')
t(7, lambda: True in m2)
t(8, lambda: setitem(b, slice(5, -5), array.array('b', [64])))
t(9, lambda: b == array.array('d', b.tolist()))
t(10, lambda: list(m))
# scenario
m = m2 = None
b = mk(11, lambda: array.array('i', [2147483647]))
m = mk(12, lambda: memoryview(b))
t(13, lambda: m.cast('n', [1, 1]).tolist())
t(14, lambda: b.pop(99))
t(15, lambda: bytearray(b))
t(16, lambda: b.insert(-1, 2147483648))
t(17, lambda: struct.pack_into('=p0e', m, 2, 's'))
t(18, lambda: array.array('i', m))
t(19, lambda: m.toreadonly().tolist())
t(20, lambda: m.toreadonly().readonly)
t(21, lambda: m.tobytes(1))
t(22, lambda: bool(m))
t(23, lambda: struct.unpack('>Q?B', struct.pack('>Q?B', 280, None, 0)))
t(24, lambda: m[0])
# scenario
m = m2 = None
b = mk(25, lambda: array.array('f', [-1e-310]))
m = mk(26, lambda: memoryview(b)[1:-1:2])
t(27, lambda: b.pop(0))
t(28, lambda: b.byteswap())
t(29, lambda: b.tolist())
t(30, lambda: m.cast('Q', [1]).tolist())
t(31, lambda: setitem(m, (-3), 65504.0).tolist())
t(32, lambda: m[-3:3:3].tobytes())
t(33, lambda: m.tobytes('A'))
t(34, lambda: m[-3, 2])
t(35, lambda: list(struct.iter_unpack('=1h1b1I', b'\x00\xc8\x7f')))
t(36, lambda: m.tobytes())
t(37, lambda: b)
t(38, lambda: m2.tolist())
# scenario
m = m2 = None
b = mk(39, lambda: bytearray(b'a\x80\xc8\xc8\x80\xff\x01\x02\x7f\xc8\xc8\x7f\xc8\xff\x01A'))
m = mk(40, lambda: memoryview(b))
m2 = mk(41, lambda: memoryview(m))
t(42, lambda: b.append(-1))
t(43, lambda: setitem(m, (True), 112).tolist())
t(44, lambda: setitem(m, ..., 123).tolist())
t(45, lambda: struct.pack('<0i'))
t(46, lambda: struct.unpack('>3Q0di', m2))
t(47, lambda: b.extend([1, 2]))
t(48, lambda: m2[()])
t(49, lambda: setitem(m, ..., 120).tolist())
t(50, lambda: b.remove(b'a'))
t(51, lambda: struct.unpack_from('<2L0Bc', m))
# scenario
m = m2 = None
b = mk(52, lambda: array.array('H', []))
m = mk(53, lambda: memoryview(b)[1:2:-2])
m2 = mk(54, lambda: memoryview(m))
t(55, lambda: 131077 in m)
t(56, lambda: m2.hex())
t(57, lambda: b.index(62))
t(58, lambda: with_view(m))
t(59, lambda: bytearray(m))
t(60, lambda: m != b'\x00')
t(61, lambda: struct.pack('1I', 4294967296))
t(62, lambda: m[-4:1, 0])
t(63, lambda: struct.pack('3qh', 9223372036854775808, -164, 9223372036854775807, 32767))
t(64, lambda: len(b))
t(65, lambda: struct.pack('@1b2L', 0, -1, 1, 1))
t(66, lambda: list(reversed(m)))
t(67, lambda: list(m))
t(68, lambda: struct.unpack_from('=1qb3I', b'\x01\x01A', -8))
# scenario
m = m2 = None
b = mk(69, lambda: bytearray(b'A'))
m = mk(70, lambda: memoryview(b).cast('q'))
t(71, lambda: m2.tolist())
t(72, lambda: b.count(1))
t(73, lambda: struct.pack_into('=2h3e', bytearray(14), 2, -32768, 1, 0.0, -1e-310, -1e-310))
t(74, lambda: struct.unpack('1l', struct.pack('1l', 1)))
# scenario
m = m2 = None
b = mk(75, lambda: b'A\x00\x7f\x80A\x80\x7fa\x01\x00A\x01\x7f\x00a\xff')
m = mk(76, lambda: memoryview(b).cast('=B'))
t(77, lambda: reversed(m) is None)
t(78, lambda: list(struct.iter_unpack('!L', b'\x02\xff\x00A')))
t(79, lambda: m2.tolist())
t(80, lambda: m[8:-11:2].tobytes())
t(81, lambda: delitem(m2, ...))
t(82, lambda: b)
# scenario
m = m2 = None
b = mk(83, lambda: b'')
m = mk(84, lambda: memoryview(b).cast('c'))
t(85, lambda: hash(m) == hash(m.tobytes()))
t(86, lambda: bytearray(b'+').join([m]))
t(87, lambda: m2['a'])
t(88, lambda: bytearray(b))
t(89, lambda: m[-2:-4:].tolist())
t(90, lambda: hash(m) == hash(m.tobytes()))
t(91, lambda: m.toreadonly().readonly)
t(92, lambda: items(m))
t(93, lambda: delitem(m, 0))
t(94, lambda: m.suboffsets)
t(95, lambda: m[[0]])
t(96, lambda: m != memoryview(b'\xbf\x14'))
# scenario
m = m2 = None
b = mk(97, lambda: array.array('f', [-2.25, 65520.0, 1e10]))
m = mk(98, lambda: memoryview(b).cast('B').cast('c'))
t(99, lambda: m.tobytes())
t(100, lambda: m.hex(' ', 4))
t(101, lambda: m[()])
t(102, lambda: m[:-8:2, 0])
t(103, lambda: b.fromlist([0.1]))
t(104, lambda: struct.pack('<0h'))
t(105, lambda: m2.toreadonly().readonly)
t(106, lambda: b)
t(107, lambda: b''.join([m, b'-', m]))
t(108, lambda: struct.unpack_from('<1?3q', b'a\xffa\x01', -18))
t(109, lambda: m.__len__())
t(110, lambda: list(struct.iter_unpack('<I', b'')))
t(111, lambda: b.reverse())
# scenario
m = m2 = None
b = mk(112, lambda: bytearray(b'a\x02\x7f\x01\x80\xff\x02AA\x02a\x7f\x80a\xff\x01'))
m = mk(113, lambda: memoryview(b))
t(114, lambda: setitem(m, 9, b'x').tolist())
t(115, lambda: m.obj is b)
t(116, lambda: b.append(-1))
t(117, lambda: struct.pack('<1f', 0.0))
t(118, lambda: len(m))
t(119, lambda: m.hex())
t(120, lambda: m[...])
t(121, lambda: m.c_contiguous)
t(122, lambda: reversed(m2) is None)
t(123, lambda: b == m)
t(124, lambda: m.obj is b)
t(125, lambda: list(struct.iter_unpack('!2H3I2i', m)))
t(126, lambda: m.tolist())
t(127, lambda: m.tobytes())
# scenario
m = m2 = None
b = mk(128, lambda: bytearray(b'A\xff\x01\x01\xc8\x7f'))
m = mk(129, lambda: memoryview(b).cast('d'))
t(130, lambda: m.toreadonly().tolist())
t(131, lambda: b''.join([m, b'-', b'z']))
t(132, lambda: array.array('d', m))
t(133, lambda: reversed(m2) is None)
# scenario
m = m2 = None
b = mk(134, lambda: array.array('h', [105, -150, 285, 148]))
m = mk(135, lambda: memoryview(b))
t(136, lambda: b.byteswap())
t(137, lambda: array.array('i', m))
t(138, lambda: hash(m) == hash(m.tobytes()))
t(139, lambda: m.release())
t(140, lambda: m.hex(b'.', 3))
t(141, lambda: len(m))
t(142, lambda: bytearray(b))
# scenario
m = m2 = None
b = mk(143, lambda: array.array('w', ['z', 'b', 'b', '\u20ac', 'a', 'b']))
m = mk(144, lambda: memoryview(b)[5:-9])
t(145, lambda: list(struct.iter_unpack('@3H1H', m)))
t(146, lambda: m.tolist())
t(147, lambda: b.fromlist(['a']))
t(148, lambda: with_view(m2))
t(149, lambda: m.hex(' ', -5))
t(150, lambda: reversed(m2) is None)
t(151, lambda: m[8:-6, 0])
t(152, lambda: b.frombytes(b'\x80\x7f\x01aA'))
t(153, lambda: struct.calcsize('Lh?'))
t(154, lambda: bytearray(b))
t(155, lambda: b[-5])
t(156, lambda: m.cast('Q').tolist())
t(157, lambda: array.array('d', m2))
t(158, lambda: m.tobytes())
# scenario
m = m2 = None
b = mk(159, lambda: b'\x02a')
m = mk(160, lambda: memoryview(b).cast('n'))
t(161, lambda: bytearray(m))
t(162, lambda: struct.calcsize('>1B?2L'))
t(163, lambda: m.tolist())
t(164, lambda: b[-3:])
t(165, lambda: reversed(m) is None)
t(166, lambda: m != m2)
t(167, lambda: setitem(m, (2), 37).tolist())
t(168, lambda: len(m))
t(169, lambda: setitem(m, (-1), 1).tolist())
t(170, lambda: m.release())
t(171, lambda: list(struct.iter_unpack('3cP', b'a\xc8\xc8\x80\x01')))
t(172, lambda: struct.pack_into('!B1h3p', bytearray(1), 7, 97, 286, 1))
# scenario
m = m2 = None
b = mk(173, lambda: bytearray(b'f\x8clM\x942'))
m = mk(174, lambda: memoryview(b)[8:])
t(175, lambda: list(reversed(m)))
t(176, lambda: m[()])
t(177, lambda: m2[-6:8:-1].tolist())
t(178, lambda: m[4:, 0])
t(179, lambda: m[3] == m[-2])
t(180, lambda: m['a'])
t(181, lambda: m.tobytes())
t(182, lambda: struct.pack_into('!3HIh', bytearray(3), -5, 104, -1, 82, 11, 156))
t(183, lambda: m.toreadonly().tolist())
t(184, lambda: m.release())
t(185, lambda: b''.join([m, b'-', b]))
t(186, lambda: struct.calcsize('!H2Q'))
# scenario
m = m2 = None
b = mk(187, lambda: array.array('i', [248]))
m = mk(188, lambda: memoryview(b).cast('B').cast(''))
t(189, lambda: m != m.tobytes())
t(190, lambda: m.release())
t(191, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(192, lambda: setitem(m, (-3), 135).tolist())
t(193, lambda: m.hex('\u20ac'))
t(194, lambda: struct.unpack('1H2q', b'a\x00\x7f\x00\xff\x7f\x00\x80'))
t(195, lambda: m != m)
t(196, lambda: m[()])
t(197, lambda: hash(m) == hash(m.tobytes()))
t(198, lambda: b.reverse())
t(199, lambda: reversed(m) is None)
t(200, lambda: m.release())
t(201, lambda: m2 != m)
t(202, lambda: struct.unpack('<2q', b'\x00aA\x7f\xc8A\xc8\xff'))
