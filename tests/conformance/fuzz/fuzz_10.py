# Written by tests/fuzz/gen.py --seed 10 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: array.array('l', [-95, 51, -9223372036854775808]))
m = mk(2, lambda: memoryview(b).cast('B').cast('N', [3, 1, 1]))
m2 = mk(3, lambda: memoryview(m)[4:1:3])
t(4, lambda: len(m2))
t(5, lambda: m.nbytes == len(m.tobytes()))
t(6, lambda: setitem(m, slice(None), m2).tolist())
t(7, lambda: bytearray(m))
t(8, lambda: delitem(m, 1.0))
t(9, lambda: b.pop(0))
t(10, lambda: int.from_bytes(m[2:-5]))
t(11, lambda: m2.toreadonly().readonly)
t(12, lambda: list(reversed(m)))
t(13, lambda: m[:0].nbytes)
t(14, lambda: m[...])
# scenario
m = m2 = None
b = mk(15, lambda: bytearray(b'YZ\xf5\xb1\xa7\xde'))
m = mk(16, lambda: memoryview(b).cast('d'))
m2 = mk(17, lambda: memoryview(b).cast('q'))
t(18, lambda: bytes(b))
t(19, lambda: b.reverse())
t(20, lambda: array.array('B', m))
t(21, lambda: setitem(m, slice(None), m[::-1]).tolist())
t(22, lambda: m != m)
t(23, lambda: m2.hex(b'.', -1))
t(24, lambda: struct.unpack('>3s1ep', struct.pack('>3s1ep', b'abc', 3, 's')))
t(25, lambda: items(m))
t(26, lambda: memoryview(b) == bytes(b))
t(27, lambda: list(m))
t(28, lambda: setitem(m2, (2), 517).tolist())
# scenario
m = m2 = None
b = mk(29, lambda: bytearray(b'\x80\x02\x80\x01a\x00\x7f\x7f\x01\x80\x7fa\x02A\x02a\x01\xff\x00A\x01\x80A\xc8'))
m = mk(30, lambda: memoryview(b))
t(31, lambda: m[-15:24:-2] == m[10::-3])
t(32, lambda: list(reversed(m)))
t(33, lambda: setitem(m[-17::25], True, 178).tolist())
t(34, lambda: list(m))
t(35, lambda: b.extend(b'\x02\x7f\x80\x7f\xff\xff\xc8\x80A\x01\x80\x02'))
t(36, lambda: struct.unpack('>0e', struct.pack('>0e')))
t(37, lambda: list(m2.cast('e')))
t(38, lambda: struct.calcsize('@0l'))
t(39, lambda: bytearray(m))
t(40, lambda: array.array('b', m))
t(41, lambda: list(m.cast('e')))
t(42, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(43, lambda: m[()])
# scenario
m = m2 = None
b = mk(44, lambda: b'\x80\x01A\x01\x80aa\xff\x01\x7f\xff\xc8')
m = mk(45, lambda: memoryview(b))
t(46, lambda: struct.pack_into('1p2B2Q', b, 2, b'A\xff\xff\x00', 16, 220, 91, 0))
t(47, lambda: b)
t(48, lambda: bytearray(m[::-3]))
t(49, lambda: struct.pack_into('B', bytearray(1), 1, -1))
# scenario
m = m2 = None
b = mk(50, lambda: b'\x02\x80\x00\xff\x02\x00\x80\xc8\xc8\x7f\x02\x00')
m = mk(51, lambda: memoryview(b)[15:-4:2])
m2 = mk(52, lambda: memoryview(b).cast('B', [6, 2]))
t(53, lambda: struct.unpack_from('<1ss', b, -3))
t(54, lambda: struct.unpack_from('?', m2, 3))
t(55, lambda: bytearray(b'+').join([m]))
t(56, lambda: b[-1:-10:2])
t(57, lambda: list(m))
t(58, lambda: b.index(b'a'))
t(59, lambda: m.tobytes())
t(60, lambda: 255 in m)
# scenario
m = m2 = None
b = mk(61, lambda: bytearray(b'\xff\x80\x02\x7f\x7f\x02\x00\xc8'))
m = mk(62, lambda: memoryview(b).cast('l'))
t(63, lambda: m2.hex(1))
t(64, lambda: b.count(0))
t(65, lambda: struct.unpack_from('=0d', b'\xbb', 5))
t(66, lambda: m.__len__())
t(67, lambda: int.from_bytes(m, 'big'))
t(68, lambda: b.remove(255))
t(69, lambda: delitem(b, 6))
t(70, lambda: struct.calcsize('=H'))
t(71, lambda: m >= 'abc')
t(72, lambda: imul(b, 0))
# scenario
m = m2 = None
b = mk(73, lambda: bytearray(b'R'))
m = mk(74, lambda: memoryview(b))
m2 = mk(75, lambda: memoryview(m)[4:4])
t(76, lambda: struct.calcsize('=3de3p'))
t(77, lambda: 239 in m)
t(78, lambda: m.cast('n').tolist())
t(79, lambda: int.from_bytes(m2, 'big', signed=True))
t(80, lambda: setitem(m2, slice(None, None, 2), b'').tolist())
t(81, lambda: setitem(m, slice(None, None), [1, 2]).tolist())
t(82, lambda: m.tobytes())
t(83, lambda: setitem(m, slice(None), m2).tolist())
t(84, lambda: m.cast('c').tolist())
t(85, lambda: m != m2)
t(86, lambda: m.release())
# scenario
m = m2 = None
b = mk(87, lambda: b'A\x01\xc8\x00')
m = mk(88, lambda: memoryview(b)[0::1])
m2 = mk(89, lambda: memoryview(b).cast('q'))
t(90, lambda: bytes(m))
t(91, lambda: m[0:-5:3] == m[1:-5])
t(92, lambda: with_view(b))
t(93, lambda: m[4:2:-2, 0])
t(94, lambda: m.nbytes == len(m.tobytes()))
t(95, lambda: m2[()])
t(96, lambda: b''.join([m, b'-', m]))
t(97, lambda: m.hex('-'))
t(98, lambda: setitem(m, (0), 517).tolist())
t(99, lambda: list(reversed(m)))
t(100, lambda: struct.pack_into('!b', bytearray(14), 0, 78))
t(101, lambda: m[[0]])
t(102, lambda: m == b'\x00\xc8\xff\x00')
t(103, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(104, lambda: b'')
m = mk(105, lambda: memoryview(b))
t(106, lambda: struct.unpack_from('3p?0c', b'\xff\x02', -19))
t(107, lambda: items(m2))
t(108, lambda: b.hex('-', 2))
t(109, lambda: m[-3:-1].toreadonly().tolist())
t(110, lambda: bytearray(b))
t(111, lambda: m2[1:-4] == b[4:-4])
t(112, lambda: struct.unpack('=1i', b'\x01\x7f\x01\x01\x01'))
t(113, lambda: list(struct.iter_unpack('0h2xf', b'A\x01')))
t(114, lambda: m.nbytes == len(m.tobytes()))
t(115, lambda: m.toreadonly().readonly)
# scenario
m = m2 = None
b = mk(116, lambda: array.array('Q', [285]))
m = mk(117, lambda: memoryview(b).cast('B').cast('H'))
m2 = mk(118, lambda: memoryview(m))
t(119, lambda: m[4])
t(120, lambda: struct.pack('=x3h1I', -1, 1, 253))
t(121, lambda: m2[:].shape)
t(122, lambda: m.tobytes(1))
t(123, lambda: with_view(m))
t(124, lambda: m.cast('e', [0]).tolist())
t(125, lambda: len(b))
t(126, lambda: m[1] == m[-4])
# scenario
m = m2 = None
b = mk(127, lambda: bytearray(b'\x02\xc8\xc8a\x00\xc8'))
m = mk(128, lambda: memoryview(b).cast('Z'))
t(129, lambda: m.cast('=B').tolist())
t(130, lambda: struct.unpack('3i', b''))
t(131, lambda: struct.unpack_from('q2e', b'\x80\x00\xff\xff', -20))
t(132, lambda: hash(m) == hash(m.tobytes()))
# scenario
m = m2 = None
b = mk(133, lambda: array.array('d', [0.1, float('inf')]))
m = mk(134, lambda: memoryview(b)[:5])
m2 = mk(135, lambda: memoryview(b).cast('B').cast('Z'))
t(136, lambda: m.nbytes == len(m.tobytes()))
t(137, lambda: struct.unpack(' ', struct.pack(' ')))
t(138, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(139, lambda: list(struct.iter_unpack('@2x2l3Q', b'\x80\xc8\x7f\x00\x02aA\x7f\x7f\xffa\x80\x01\xc8\x02A')))
t(140, lambda: list(struct.iter_unpack('<eb0Q', m)))
t(141, lambda: struct.unpack_from('z', b, 2))
t(142, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(143, lambda: array.array('Q', [0, 120, 285, 254, 8, 100]))
m = mk(144, lambda: memoryview(b).toreadonly())
t(145, lambda: b.frombytes(b'\x7f\x01aA'))
t(146, lambda: 0 in m)
t(147, lambda: struct.pack_into('=e', b, -2, 0.1))
t(148, lambda: b.tolist())
t(149, lambda: b.reverse())
# scenario
m = m2 = None
b = mk(150, lambda: array.array('q', [-96, 163, -175, 76]))
m = mk(151, lambda: memoryview(b))
m2 = mk(152, lambda: memoryview(b).cast('B').cast('@i'))
t(153, lambda: b.fromlist([-9223372036854775808]))
t(154, lambda: b == b'\x00A')
t(155, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(156, lambda: b < array.array('H', [1.0]))
# scenario
m = m2 = None
b = mk(157, lambda: array.array('H', []))
m = mk(158, lambda: memoryview(b).cast('B').cast('h', []))
m2 = mk(159, lambda: memoryview(m)[2:2:2])
t(160, lambda: bytearray(m))
t(161, lambda: m2 != 1)
t(162, lambda: b.count(131077))
t(163, lambda: m[...])
t(164, lambda: items(m))
t(165, lambda: m.hex(':', -5))
t(166, lambda: m.hex())
t(167, lambda: struct.calcsize('<qsL'))
t(168, lambda: bytearray(m))
t(169, lambda: items(m))
t(170, lambda: struct.unpack_from('xe', m2))
t(171, lambda: bytes(m))
t(172, lambda: m[-4, -1])
# scenario
m = m2 = None
b = mk(173, lambda: b'')
m = mk(174, lambda: memoryview(b).cast('Q', []))
t(175, lambda: m[0:1, 0:1])
t(176, lambda: struct.pack('i0H', -177))
t(177, lambda: struct.pack_into('!3p', bytearray(12), 1, 's', 1))
t(178, lambda: b''.join([m, b'-', m]))
t(179, lambda: m2.cast('H', [2, 0]).tolist())
t(180, lambda: bytearray(b))
t(181, lambda: list(struct.iter_unpack('>I0lp', b'\x7f')))
t(182, lambda: struct.pack_into('<B1f', b, 1, 73, 0.0))
t(183, lambda: m2.__len__())
t(184, lambda: setitem(m, slice(-4, 1, 0), bytearray(b'\x7f\x01\x7f\x02\x01\xff\x00\xffa\x01\x7fa\x7f\x02\xc8\x01')).tolist())
t(185, lambda: m.toreadonly().tolist())
t(186, lambda: struct.pack_into('!N', m, -4))
t(187, lambda: struct.unpack_from('=2h3c', b'\x7f\x80\x80', 0))
t(188, lambda: struct.calcsize('!0x0ce'))
# scenario
m = m2 = None
b = mk(189, lambda: array.array('i', [2147483647, 2147483647, -168, 73, 47, 2147483647]))
m = mk(190, lambda: memoryview(b)[5:])
m2 = mk(191, lambda: memoryview(b).cast('B').cast('B', [1, 3, 8]))
t(192, lambda: list(struct.iter_unpack('=2c', b'\x01\x00\xff\x02A\x80\x7f\x01\xff\x80\x01A')))
t(193, lambda: b.buffer_info()[1])
t(194, lambda: b''.join([m, b'-', b]))
t(195, lambda: struct.unpack_from('<1LL', b'\xff\x01A\x02a', 6))
t(196, lambda: m.hex())
# scenario
m = m2 = None
b = mk(197, lambda: bytearray(b'\xc8'))
m = mk(198, lambda: memoryview(b))
t(199, lambda: m[slice(None), 0])
t(200, lambda: m[1, -1])
t(201, lambda: bytes(m))
t(202, lambda: b.reverse())
t(203, lambda: hash(m) == hash(m.tobytes()))
t(204, lambda: struct.pack_into('=p1h', m, -4, 's'))
t(205, lambda: m.obj is b)
t(206, lambda: list(m2))
t(207, lambda: array.array('i', m))
t(208, lambda: m2[0, 1])
t(209, lambda: int.from_bytes(b, 'little'))
t(210, lambda: struct.unpack_from('>q', b'\xc8', -17))
