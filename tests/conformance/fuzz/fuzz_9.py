# Written by tests/fuzz/gen.py --seed 9 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'_\x03\xad\xed)\xab\x14\xc2'))
m = mk(2, lambda: memoryview(b).cast('n'))
t(3, lambda: b''.join([m, b'-', b'z']))
t(4, lambda: m[-3] == m[1.0])
t(5, lambda: b.remove(b''))
t(6, lambda: list(struct.iter_unpack('Ic', b'')))
t(7, lambda: array.array('b', m))
t(8, lambda: m.nbytes == len(m.tobytes()))
# scenario
m = m2 = None
b = mk(9, lambda: array.array('Q', []))
m = mk(10, lambda: memoryview(b).cast('B').cast('e', []))
m2 = mk(11, lambda: memoryview(b).cast('B').cast('B'))
t(12, lambda: struct.unpack_from('=3b', b'\x15\x1b', -12))
t(13, lambda: m2[2])
t(14, lambda: list(struct.iter_unpack('Q2he', b'\xff\x01\x7f\x01\x7f')))
t(15, lambda: m.cast('?').tolist())
t(16, lambda: m2[-4:-1].cast('B').tolist())
t(17, lambda: with_view(m))
t(18, lambda: m.tobytes('C'))
t(19, lambda: bytearray(m))
t(20, lambda: m[0:1, 0:1])
t(21, lambda: list(m.cast('e')))
t(22, lambda: setitem(b, slice(4, 0), array.array('Q', [18446744073709551616])))
t(23, lambda: m[()])
# scenario
m = m2 = None
b = mk(24, lambda: array.array('B', [24, 106, 150, 181]))
m = mk(25, lambda: memoryview(b).cast('N', []))
t(26, lambda: struct.pack_into('!3h0I', m, 3, -251, -169, -214))
t(27, lambda: struct.pack('=2pQ', b'a\xff\x01\x00\x80\xffa\xff\xff\xff\x01\xffa\x01A\x02', 251))
t(28, lambda: m2.toreadonly().readonly)
t(29, lambda: items(m))
t(30, lambda: bool(m))
# scenario
m = m2 = None
b = mk(31, lambda: array.array('L', [43]))
m = mk(32, lambda: memoryview(b))
t(33, lambda: m2.tobytes())
t(34, lambda: m2.hex())
t(35, lambda: m.cast('d').tolist())
t(36, lambda: m.hex())
t(37, lambda: len(m))
t(38, lambda: m[None])
t(39, lambda: b == m)
t(40, lambda: struct.unpack_from('@1x', m, 5))
t(41, lambda: m.hex('-'))
t(42, lambda: list(struct.iter_unpack('=x0s', m)))
# scenario
m = m2 = None
b = mk(43, lambda: bytearray(b'\x7fA\x00a\x02a'))
m = mk(44, lambda: memoryview(b).cast('H'))
t(45, lambda: struct.unpack('!x', b'\x7f\xc8\x7f'))
t(46, lambda: struct.unpack('=b', struct.pack('=b', 105)))
t(47, lambda: m[-2, 0])
t(48, lambda: b.count(1))
# scenario
m = m2 = None
b = mk(49, lambda: bytearray(b'\x80A\xff\x7f\x01\x00\xff\x80\xc8A\x7f\xff\xff\x01\xc8\x00'))
m = mk(50, lambda: memoryview(b).cast('d', [2, 1, 1]))
t(51, lambda: setitem(m2[::-1], slice(None), m2[::-1]).tolist())
t(52, lambda: b''.join([m2, b'-', b'z']))
t(53, lambda: m[1:4:2].tolist())
t(54, lambda: list(struct.iter_unpack('@0e0n', m2)))
t(55, lambda: bytearray(b'+').join([m]))
t(56, lambda: m[::, 0])
t(57, lambda: m.tolist())
t(58, lambda: m2.cast('?').tolist())
t(59, lambda: b[2::-3])
t(60, lambda: list(struct.iter_unpack('0c1qq', m)))
# scenario
m = m2 = None
b = mk(61, lambda: bytearray(b'\x80A\xff\x01\x02\x01\x7faA\xc8\xff\x02'))
m = mk(62, lambda: memoryview(b))
m2 = mk(63, lambda: memoryview(m))
t(64, lambda: m.toreadonly().tolist())
t(65, lambda: hash(m2[7:]) == hash(m2[7:].tobytes()))
t(66, lambda: list(reversed(m)))
t(67, lambda: struct.unpack('3', m))
t(68, lambda: imul(b, 2))
t(69, lambda: b.pop())
# scenario
m = m2 = None
b = mk(70, lambda: array.array('q', [187, 272, 225, 291]))
m = mk(71, lambda: memoryview(b))
m2 = mk(72, lambda: memoryview(m)[:3:5])
t(73, lambda: memoryview(m).tolist())
t(74, lambda: b.append(9223372036854775807))
t(75, lambda: delitem(b, -5))
t(76, lambda: len(m))
t(77, lambda: m.cast('c').tolist())
t(78, lambda: m != m)
t(79, lambda: b.insert(True, -141))
t(80, lambda: m < b'\xff\x80\x00\x02\xff')
t(81, lambda: list(m.cast('e')))
t(82, lambda: setitem(b, slice(-5, None), [1]))
t(83, lambda: m.hex(''))
# scenario
m = m2 = None
b = mk(84, lambda: bytearray(b'\xc8\x02\x00A'))
m = mk(85, lambda: memoryview(b).cast('B'))
m2 = mk(86, lambda: memoryview(m))
t(87, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(88, lambda: bytearray(b'+').join([m]))
t(89, lambda: setitem(m[7:], 5, 160).tolist())
t(90, lambda: list(struct.iter_unpack('!2c3p', b'\x01\x80\x7f\x01\xc8\x02\xff\x02\xc8\x80\xff\xc8')))
t(91, lambda: struct.unpack('1ld3d', struct.pack('1ld3d', -9223372036854775809, float('inf'), True, float('-inf'), 1e10)))
t(92, lambda: struct.unpack_from('ld', b, 1))
t(93, lambda: b.extend(range(3)))
t(94, lambda: hash(m[-6:-6]) == hash(m[-6:-6].tobytes()))
t(95, lambda: b.hex())
t(96, lambda: m.tobytes(None))
# scenario
m = m2 = None
b = mk(97, lambda: array.array('h', [265, -32768, 217, 122, -86, 155, -32768, 75]))
m = mk(98, lambda: memoryview(b).cast('B').cast('I', [1, 1, 4]))
m2 = mk(99, lambda: memoryview(m).cast('B').cast('N', [2, 1]))
t(100, lambda: m != array.array('q', [0]))
t(101, lambda: b.count(1))
t(102, lambda: struct.unpack('>1b?', m))
t(103, lambda: m[-2])
t(104, lambda: m.hex(b'.', 4))
t(105, lambda: len(m2))
t(106, lambda: m.cast('H').tolist())
# scenario
m = m2 = None
b = mk(107, lambda: bytes(8))
m = mk(108, lambda: memoryview(b).cast('l'))
t(109, lambda: struct.pack_into('>x2', m, -4))
t(110, lambda: m[0:2:3].tolist())
t(111, lambda: memoryview(b) == m)
t(112, lambda: delitem(m, 2))
t(113, lambda: setitem(m, (-4), 18446744073709551621).tolist())
# scenario
m = m2 = None
b = mk(114, lambda: array.array('w', ['\u20ac', 'b', 'a', 'a', '\u20ac', 'a']))
m = mk(115, lambda: memoryview(b))
t(116, lambda: struct.unpack('d', b''))
t(117, lambda: m[9:8].tolist())
t(118, lambda: struct.unpack('<id', b''))
t(119, lambda: 191 in m)
t(120, lambda: b.typecode)
t(121, lambda: m.tobytes())
t(122, lambda: m.hex())
t(123, lambda: struct.unpack('@e', b'\xcbo\x95\xca\xa1\xb4Ne'))
# scenario
m = m2 = None
b = mk(124, lambda: b'')
m = mk(125, lambda: memoryview(b).cast('c'))
t(126, lambda: struct.unpack_from('=n', m))
t(127, lambda: list(m))
t(128, lambda: list(reversed(m)))
t(129, lambda: setitem(m, (None), b'a').tolist())
t(130, lambda: m.tobytes(order='F'))
t(131, lambda: m.hex('ab'))
t(132, lambda: struct.pack_into('h1q', m, 2, 267, -9223372036854775808))
t(133, lambda: struct.unpack_from('=L', b, 0))
t(134, lambda: m != bytearray(b'\x01a\x01\x80a'))
t(135, lambda: m.tobytes('C'))
t(136, lambda: int.from_bytes(b, 'big'))
t(137, lambda: struct.pack_into('!2i?2i', bytearray(19), 8, 'a', -175, [], -288, -86))
t(138, lambda: struct.pack_into('1B3c', b, 0, 517, 'a', b'', b'\xff'))
t(139, lambda: len(b))
# scenario
m = m2 = None
b = mk(140, lambda: b'\x0193V\x9fp')
m = mk(141, lambda: memoryview(b))
t(142, lambda: list(struct.iter_unpack('i0e', b)))
t(143, lambda: int.from_bytes(m2, 'little'))
t(144, lambda: len(b))
t(145, lambda: len(m2))
t(146, lambda: struct.pack_into('@B', m2, 6, 28))
t(147, lambda: list(struct.iter_unpack('>xci', m2)))
t(148, lambda: m.tolist())
t(149, lambda: struct.calcsize(''))
t(150, lambda: m.cast('q').tolist())
t(151, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(152, lambda: struct.pack_into('h3B', bytearray(18), -15, -51, 255, 'a', -1))
# scenario
m = m2 = None
b = mk(153, lambda: array.array('H', [155, 253, 184, 0]))
m = mk(154, lambda: memoryview(b).cast('B').cast('?', [2, 4]))
m2 = mk(155, lambda: memoryview(m)[-7:-9])
t(156, lambda: hash(m[-11:8:3]) == hash(m[-11:8:3].tobytes()))
t(157, lambda: m.hex('\u20ac'))
t(158, lambda: len(m))
t(159, lambda: b.tolist())
# scenario
m = m2 = None
b = mk(160, lambda: bytearray(b'\x17 '))
m = mk(161, lambda: memoryview(b)[2:4])
t(162, lambda: setitem(m, slice(3, -3, 0), array.array('B', [2, 218, 89])).tolist())
t(163, lambda: m.cast('e', []).tolist())
t(164, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(165, lambda: list(struct.iter_unpack('1dc', b'\x01a\x01')))
t(166, lambda: iadd(b, b'%\xb8.\xc2'))
t(167, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(168, lambda: array.array('d', m))
t(169, lambda: b''.join([m, b'-', b'z']))
t(170, lambda: struct.unpack_from('@0Q3fe', b'\xd7Y\xe9\x8c0', -19))
t(171, lambda: m.cast('l', [2, 1]).tolist())
t(172, lambda: m[-4])
# scenario
m = m2 = None
b = mk(173, lambda: bytearray(b''))
m = mk(174, lambda: memoryview(b))
t(175, lambda: m.obj is b)
t(176, lambda: iadd(b, m))
t(177, lambda: b.extend(range(3)))
t(178, lambda: array.array('b', m))
t(179, lambda: struct.calcsize('sL'))
t(180, lambda: iadd(b, m))
t(181, lambda: m.cast('e', [1, 1]).tolist())
t(182, lambda: struct.unpack('>fBf', struct.pack('>fBf', 65520.0, 100, 3)))
t(183, lambda: m2.cast('x').tolist())
t(184, lambda: m.hex(''))
t(185, lambda: delitem(b, 0))
t(186, lambda: m.hex())
# scenario
m = m2 = None
b = mk(187, lambda: array.array('w', ['z', '\u20ac', 'a', 'b']))
m = mk(188, lambda: memoryview(b))
m2 = mk(189, lambda: memoryview(b)[7:-1:1])
t(190, lambda: setitem(m, (), 1).tolist())
t(191, lambda: struct.unpack('!i1l3f', b'\x00\x00\x80\x02\x02a\xff\xff\x01\x00\x80\x00'))
t(192, lambda: struct.pack('>0B3cI', b'a', 97, 97))
t(193, lambda: m.nbytes == len(m.tobytes()))
t(194, lambda: m[3:5].cast('B').tolist())
t(195, lambda: b[-6:1])
t(196, lambda: struct.calcsize('>2d1s'))
t(197, lambda: m[7:-2:1] == m2[0:])
t(198, lambda: reversed(m) is None)
t(199, lambda: memoryview(b) == m)
t(200, lambda: m2[slice(None), 0])
t(201, lambda: m.toreadonly().readonly)
t(202, lambda: b.remove('ab'))
t(203, lambda: imul(b, 0))
