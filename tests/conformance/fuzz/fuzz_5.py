# Written by tests/fuzz/gen.py --seed 5 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: array.array('d', [float('nan'), float('-inf')]))
m = mk(2, lambda: memoryview(b))
t(3, lambda: m[0:1, 0:1])
t(4, lambda: struct.calcsize('1HIQ'))
t(5, lambda: b[3])
t(6, lambda: len(m))
t(7, lambda: m[-2, -2])
t(8, lambda: m[1:0].tolist())
t(9, lambda: list(struct.iter_unpack('@2s2x', b'\xb5\x9c\xf6\xa1^')))
t(10, lambda: m.tobytes('A'))
t(11, lambda: struct.unpack('0s', struct.pack('0s', b'\xd6\xbb\xc0\x04\xe7\x17\\d')))
t(12, lambda: struct.pack_into('@0IN3d', bytearray(11), 7, 221, None, float('-inf'), ()))
t(13, lambda: setitem(m, slice(None, None), 'ab').tolist())
t(14, lambda: setitem(b, slice(3, -1, -1), b))
# scenario
m = m2 = None
b = mk(15, lambda: array.array('Q', [280, 166, 237, 256, 182, 176, 209, 88]))
m = mk(16, lambda: memoryview(b))
t(17, lambda: struct.unpack('<0H', struct.pack('<0H')))
t(18, lambda: setitem(b, 3, 297))
t(19, lambda: setitem(m, slice(9, -11), 'ab').tolist())
t(20, lambda: items(m))
t(21, lambda: m[7] == m[-9])
t(22, lambda: b < array.array('l', [18446744073709551615]))
t(23, lambda: b[-2**64])
t(24, lambda: struct.unpack('@l', m))
t(25, lambda: struct.unpack('!Q3q', struct.pack('!Q3q', 18446744073709551616, (), -1, b'x')))
# scenario
m = m2 = None
b = mk(26, lambda: b'')
m = mk(27, lambda: memoryview(b).cast('N'))
t(28, lambda: memoryview(m).tolist())
t(29, lambda: list(struct.iter_unpack('=H', b'\xc5\xf0')))
t(30, lambda: setitem(m, (...), 120).tolist())
t(31, lambda: m != memoryview(m.tobytes()).cast('N'))
# scenario
m = m2 = None
b = mk(32, lambda: bytearray(b'\x7f'))
m = mk(33, lambda: memoryview(b))
m2 = mk(34, lambda: memoryview(m).cast('n'))
t(35, lambda: m.toreadonly().readonly)
t(36, lambda: len(m))
t(37, lambda: list(struct.iter_unpack('0f', m)))
t(38, lambda: struct.pack_into('@b', bytearray(15), -18, 'a'))
t(39, lambda: m.tobytes('A'))
t(40, lambda: b.insert(0, 5))
t(41, lambda: m.tobytes())
t(42, lambda: struct.pack_into('>Qpb', bytearray(3), -18, 18446744073709551615, 1, 55))
t(43, lambda: bool(m))
t(44, lambda: struct.unpack('!p', m))
t(45, lambda: list(reversed(m)))
t(46, lambda: b.pop())
t(47, lambda: m.hex(''))
t(48, lambda: bytearray(m))
# scenario
m = m2 = None
b = mk(49, lambda: array.array('f', [0.1]))
m = mk(50, lambda: memoryview(b).cast('B').cast('x'))
t(51, lambda: struct.unpack('!0Qp', struct.pack('!0Qp', b'\xc8\x02')))
t(52, lambda: hash(m) == hash(m.tobytes()))
t(53, lambda: setitem(m2, slice(None, 1), bytearray(b'')).tolist())
t(54, lambda: m != m.tobytes())
t(55, lambda: struct.calcsize('d'))
t(56, lambda: m.release())
t(57, lambda: m[4:-1].tolist())
t(58, lambda: iadd(b, [1]))
t(59, lambda: m[None])
# scenario
m = m2 = None
b = mk(60, lambda: bytearray(b'2'))
m = mk(61, lambda: memoryview(b))
m2 = mk(62, lambda: memoryview(b))
t(63, lambda: int.from_bytes(m, 'little'))
t(64, lambda: b.pop())
t(65, lambda: b[-2:-4])
t(66, lambda: hash(m) == hash(m.tobytes()))
t(67, lambda: struct.unpack('!3p2c0?', m))
t(68, lambda: m.tolist())
t(69, lambda: setitem(b, slice(None, -4), b'\x80a\x00aA'))
t(70, lambda: struct.unpack_from('@2sf', m))
t(71, lambda: m.strides)
# scenario
m = m2 = None
b = mk(72, lambda: bytearray(b'\x00\x80\x80\x02\xffA\x7f\x80\x7f\x01\xff\x7fA\x01Aaaa\x01\x02\x01\x80\x02A'))
m = mk(73, lambda: memoryview(b))
t(74, lambda: setitem(b, 0, 255))
t(75, lambda: m['a'])
t(76, lambda: m == b)
t(77, lambda: struct.pack_into('<L', bytearray(14), 0, 117))
t(78, lambda: b[:-20])
t(79, lambda: m.hex(b'.', 2))
t(80, lambda: b.index(m))
t(81, lambda: struct.pack_into('!q', bytearray(2), -14, 83))
t(82, lambda: struct.calcsize('@1x'))
t(83, lambda: m.__len__())
t(84, lambda: bool(m))
t(85, lambda: b)
t(86, lambda: m != 'abc')
t(87, lambda: m.hex(''))
# scenario
m = m2 = None
b = mk(88, lambda: bytearray(b'H'))
m = mk(89, lambda: memoryview(b)[:3:2])
m2 = mk(90, lambda: memoryview(b).cast('s'))
t(91, lambda: struct.pack_into('!2dx1h', bytearray(16), -7, -0.0, 3, 32768))
t(92, lambda: len(m))
t(93, lambda: struct.pack('@0l'))
t(94, lambda: struct.unpack('=I', b"?V\xea'%"))
t(95, lambda: len(b))
# scenario
m = m2 = None
b = mk(96, lambda: array.array('h', [182]))
m = mk(97, lambda: memoryview(b))
t(98, lambda: m.hex())
t(99, lambda: struct.unpack('0h', b'\xbe'))
t(100, lambda: setitem(m, ..., -192).tolist())
t(101, lambda: m2 >= m2)
t(102, lambda: m2.__len__())
t(103, lambda: m[-1])
t(104, lambda: m[-3] == m[-3])
t(105, lambda: with_view(m2))
t(106, lambda: b.buffer_info()[1])
t(107, lambda: list(m))
t(108, lambda: struct.unpack('<3c', struct.pack('<3c', 97, b'a', b'a')))
t(109, lambda: struct.unpack_from('2 i', m2, 3))
t(110, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(111, lambda: bytearray(b'\x01\x01\x01\x00'))
m = mk(112, lambda: memoryview(b).cast('n'))
t(113, lambda: struct.unpack('@0Q', struct.pack('@0Q')))
t(114, lambda: bytearray(b'+').join([m]))
t(115, lambda: b.remove(b'\x00\x01'))
t(116, lambda: setitem(m, 3, 45).tolist())
t(117, lambda: with_view(m))
# scenario
m = m2 = None
b = mk(118, lambda: bytearray(b'\x02A\x02\xc8\x02\xff\xc8\x7f\x00\x02\x80a\xc8\xff\xffA\xffA\x02\x80\xffa\x7fa'))
m = mk(119, lambda: memoryview(b))
m2 = mk(120, lambda: memoryview(m)[-11:18:1])
t(121, lambda: with_view(m))
t(122, lambda: m[...])
t(123, lambda: setitem(b, 14, 256))
t(124, lambda: bytearray(b))
t(125, lambda: m.hex(' ', -4))
# scenario
m = m2 = None
b = mk(126, lambda: bytearray(b'\x80\x01\x01a\x01\x02\x00\x01'))
m = mk(127, lambda: memoryview(b))
t(128, lambda: m.hex())
t(129, lambda: m.cast('d', [8, 1]).tolist())
t(130, lambda: b.reverse())
t(131, lambda: m.hex())
t(132, lambda: list(reversed(m)))
t(133, lambda: m.hex(':', 5))
t(134, lambda: struct.unpack_from('=I', b'\x80\x00A\xff\x02\x80\x02A\x7f\xff\x01\x02', -11))
t(135, lambda: items(m))
t(136, lambda: m.cast('P', [8, 1]).tolist())
t(137, lambda: setitem(m, 2, 517).tolist())
t(138, lambda: items(m))
t(139, lambda: b[-4:])
# scenario
m = m2 = None
b = mk(140, lambda: b'\xedS\xf65\x98\x80\xb6\x1a>i\x0c\xac\xf6\xfa\x90\xaa')
m = mk(141, lambda: memoryview(b).cast('f', [2, 2]))
m2 = mk(142, lambda: memoryview(b).cast('B').cast('H'))
t(143, lambda: m.toreadonly().tolist())
t(144, lambda: b.index(m))
t(145, lambda: memoryview(m).tolist())
t(146, lambda: b)
t(147, lambda: len(m))
t(148, lambda: items(m))
t(149, lambda: b)
t(150, lambda: m.strides)
t(151, lambda: b''.join([m, b'-', m]))
t(152, lambda: b == m.tobytes())
t(153, lambda: struct.unpack_from('e2nl', m))
t(154, lambda: b.index(m))
t(155, lambda: list(m2))
t(156, lambda: b)
# scenario
m = m2 = None
b = mk(157, lambda: array.array('q', [17, -193, -103, 34, 9223372036854775807, 67, 193, 192]))
m = mk(158, lambda: memoryview(b))
t(159, lambda: memoryview(m2).tolist())
t(160, lambda: list(m))
t(161, lambda: struct.pack('L2Bq', 1, 29, 199, -183))
t(162, lambda: list(m))
t(163, lambda: setitem(m, (-2), 0).tolist())
t(164, lambda: imul(b, 1))
t(165, lambda: struct.unpack('=3p3fH', struct.pack('=3p3fH', 's', 3, 0.1, 1e10, 76)))
t(166, lambda: b.buffer_info()[1])
t(167, lambda: delitem(m, -8))
t(168, lambda: m.tobytes(order='F'))
t(169, lambda: 285 in m2)
t(170, lambda: m.toreadonly().readonly)
t(171, lambda: struct.unpack('=1px', b'$\xf7p*'))
# scenario
m = m2 = None
b = mk(172, lambda: array.array('Q', [166, 164]))
m = mk(173, lambda: memoryview(b)[-5:5:3])
t(174, lambda: struct.unpack('2P', b'\x02\x80a'))
t(175, lambda: list(struct.iter_unpack('@d', m2)))
t(176, lambda: bytes(m))
t(177, lambda: bytearray(m))
t(178, lambda: m[-4:-4:0].tobytes())
t(179, lambda: list(m))
t(180, lambda: b == array.array('b', b.tolist()))
t(181, lambda: setitem(m2, slice(3, 3, 3), array.array('B', [193, 18, 99])).tolist())
t(182, lambda: b.reverse())
t(183, lambda: m2.c_contiguous)
t(184, lambda: memoryview(m).tolist())
t(185, lambda: len(m))
t(186, lambda: setitem(m, (-2), 114).tolist())
t(187, lambda: struct.calcsize('i3'))
# scenario
m = m2 = None
b = mk(188, lambda: array.array('B', [126, 0, 179, 130, 138, 200]))
m = mk(189, lambda: memoryview(b).cast('N'))
t(190, lambda: list(struct.iter_unpack('>1HBd', b'K=)~')))
t(191, lambda: memoryview(m).tolist())
t(192, lambda: m.__len__())
t(193, lambda: bytearray(b'+').join([m]))
t(194, lambda: with_view(m))
t(195, lambda: m.toreadonly().tolist())
t(196, lambda: len(m))
# scenario
m = m2 = None
b = mk(197, lambda: array.array('H', [65535]))
m = mk(198, lambda: memoryview(b).cast('B').cast('i'))
t(199, lambda: b.count(86))
t(200, lambda: struct.pack_into('<0i3f', m, 0, 1.5, True, -2.25))
t(201, lambda: len(m2))
t(202, lambda: m.toreadonly().readonly)
t(203, lambda: hash(m) == hash(m.tobytes()))
t(204, lambda: m.toreadonly().readonly)
t(205, lambda: m2[4:-3:].tolist())
t(206, lambda: list(struct.iter_unpack('<H', b'\x8a(')))
