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
b = mk(1, lambda: array.array('d', [float('nan'), float('-inf')]))
m = mk(2, lambda: memoryview(b))
t(3, lambda: m.cast('?').tolist())
t(4, lambda: m[-2])
t(5, lambda: m[0:1, 0:1])
t(6, lambda: b.pop(-1))
t(7, lambda: hash(m) == hash(m.tobytes()))
t(8, lambda: m.obj is b)
t(9, lambda: m2.obj is b)
t(10, lambda: m[-3:-1].tobytes())
t(11, lambda: with_view(m))
t(12, lambda: struct.unpack('=xe', m))
t(13, lambda: list(struct.iter_unpack('@2s2x', b'\xb5\x9c\xf6\xa1^')))
t(14, lambda: m.tobytes('A'))
# scenario
m = m2 = None
b = mk(15, lambda: array.array('b', [78, 86, -124, -36, -28, -3]))
m = mk(16, lambda: memoryview(b))
t(17, lambda: setitem(m, -5, 0).tolist())
t(18, lambda: struct.pack('z'))
t(19, lambda: struct.calcsize('>1l3hc'))
t(20, lambda: struct.unpack_from('=3i', b'\xc8\x80\x02\x00\x00', 5))
t(21, lambda: m.obj is b)
t(22, lambda: struct.calcsize('@2N'))
t(23, lambda: struct.unpack('=1LI', b'\x01\x80\xff\x02\xc8\x7f\x02\x01'))
t(24, lambda: m.cast('P').tolist())
t(25, lambda: list(reversed(m)))
# scenario
m = m2 = None
b = mk(26, lambda: bytearray(b''))
m = mk(27, lambda: memoryview(b)[-1:-1:-1])
t(28, lambda: len(m2))
t(29, lambda: delitem(m, 0))
t(30, lambda: list(struct.iter_unpack('@pn', m)))
t(31, lambda: struct.pack('!f2L2?', float('-inf'), 2**64, 40, 'x', 0))
t(32, lambda: setitem(m, slice(0, -4), m).tolist())
t(33, lambda: items(m))
t(34, lambda: m.hex())
t(35, lambda: setitem(m2, slice(None), b).tolist())
t(36, lambda: setitem(m, (...), 191).tolist())
# scenario
m = m2 = None
b = mk(37, lambda: array.array('q', [-49, -27, 9223372036854775807, -9223372036854775808]))
m = mk(38, lambda: memoryview(b)[3:0])
t(39, lambda: m.obj is b)
t(40, lambda: setitem(m2, slice(None), m).tolist())
t(41, lambda: m.nbytes == len(m.tobytes()))
t(42, lambda: with_view(m2))
t(43, lambda: list(struct.iter_unpack('=1i1l', b'\x02aa\xc8a\x80\x00\x7f')))
t(44, lambda: struct.calcsize('=l'))
t(45, lambda: b.fromlist([245]))
t(46, lambda: -9223372036854775809 in m2)
t(47, lambda: bool(m))
t(48, lambda: struct.pack_into('<3sB', bytearray(4), -11, bytearray(b'xy'), 67, 1))
t(49, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(50, lambda: struct.pack_into('-1i', b, 2, 1))
t(51, lambda: bool(m))
# scenario
m = m2 = None
b = mk(52, lambda: b'\x01a\x00\x80a\xc8')
m = mk(53, lambda: memoryview(b))
m2 = mk(54, lambda: memoryview(m))
t(55, lambda: struct.pack_into('=p3bi', bytearray(2), 5, 's', -128, True, -65, -2147483649))
t(56, lambda: setitem(m, (), 94).tolist())
t(57, lambda: memoryview(m).tolist())
t(58, lambda: struct.unpack_from('2cd', m))
t(59, lambda: b.count(0))
t(60, lambda: m.toreadonly().readonly)
t(61, lambda: struct.unpack_from('l', m, 6))
t(62, lambda: m2.nbytes == len(m2.tobytes()))
t(63, lambda: struct.pack_into('2bi', bytearray(9), -4, b'x', 128))
t(64, lambda: m.tobytes())
t(65, lambda: m.toreadonly().readonly)
# scenario
m = m2 = None
b = mk(66, lambda: bytearray(b'\xc8\x7f\x01\xff\x00\xff\x80\x00\x02\x80A\x01'))
m = mk(67, lambda: memoryview(b).cast('N'))
t(68, lambda: b.hex('-', 2))
t(69, lambda: struct.unpack('!Q3q', struct.pack('!Q3q', 18446744073709551616, (), -1, b'x')))
t(70, lambda: m[:3:-2].tolist())
t(71, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(72, lambda: list(struct.iter_unpack('@NH', b'\xc5\xf0')))
t(73, lambda: setitem(m, (...), 120).tolist())
t(74, lambda: m != memoryview(m.tobytes()).cast('N'))
t(75, lambda: m.release())
t(76, lambda: struct.calcsize('>0hi'))
# scenario
m = m2 = None
b = mk(77, lambda: array.array('b', [10, -97, 82, -111, 51, -128]))
m = mk(78, lambda: memoryview(b).cast('ii'))
m2 = mk(79, lambda: memoryview(b))
t(80, lambda: setitem(m, None, -102).tolist())
t(81, lambda: struct.unpack('3e', b'\x01\x7f\x01'))
t(82, lambda: m[1.0])
t(83, lambda: m2 != m2.tobytes())
t(84, lambda: b[0:-6])
t(85, lambda: b.frombytes(b'\x92C\x0e\xe2I\t\x18\xda\x896\xc3B\xa4!\x9cV'))
t(86, lambda: delitem(m, -6))
t(87, lambda: m.tolist())
t(88, lambda: m.obj is b)
t(89, lambda: b.insert(2**63, 91))
t(90, lambda: m != m2)
# scenario
m = m2 = None
b = mk(91, lambda: array.array('l', [300, 265, 46, -19, -90, 220]))
m = mk(92, lambda: memoryview(b).cast('B').cast('d'))
t(93, lambda: struct.unpack_from('!1d', m))
t(94, lambda: m[[0]])
t(95, lambda: m.release())
t(96, lambda: setitem(m, slice(None), m2).tolist())
t(97, lambda: b.itemsize)
t(98, lambda: int.from_bytes(m, 'little'))
t(99, lambda: b.frombytes(b''))
t(100, lambda: items(m2[:0:7]))
t(101, lambda: m.release())
# scenario
m = m2 = None
b = mk(102, lambda: bytearray(b'\xff\x02\x80\x7f\x00\xffAaa\x01\x00\x01\x7f\x80a\x00aA\x01\x00\x01a\x7f\xff'))
m = mk(103, lambda: memoryview(b).cast('>h'))
m2 = mk(104, lambda: memoryview(m)[:-16:25])
t(105, lambda: list(struct.iter_unpack('=0B3p', b'3l\x96\x9c\x89')))
t(106, lambda: b[1.0])
t(107, lambda: m[...])
t(108, lambda: b.append(b'a'))
t(109, lambda: int.from_bytes(m2, byteorder='little', signed=True))
t(110, lambda: bytearray(b'+').join([m]))
t(111, lambda: bytes(m2))
# scenario
m = m2 = None
b = mk(112, lambda: bytearray(b'\x0fL;\x97^\xdea\xa6'))
m = mk(113, lambda: memoryview(b).toreadonly())
t(114, lambda: len(b))
t(115, lambda: struct.pack_into('<L', bytearray(14), 0, 117))
t(116, lambda: delitem(b, -4))
t(117, lambda: delitem(m2, ...))
t(118, lambda: m.cast('<i').tolist())
t(119, lambda: m2.hex(' ', -4))
t(120, lambda: b == m2)
t(121, lambda: hash(m) == hash(m.tobytes()))
t(122, lambda: list(m.cast('e')))
# scenario
m = m2 = None
b = mk(123, lambda: bytearray(b''))
m = mk(124, lambda: memoryview(b))
t(125, lambda: struct.pack_into('0qH', m, 2, 255))
t(126, lambda: bytes(m))
t(127, lambda: bytearray(b'+').join([m]))
t(128, lambda: m['a'])
t(129, lambda: b[-3])
# scenario
m = m2 = None
b = mk(130, lambda: array.array('l', [-3]))
m = mk(131, lambda: memoryview(b))
m2 = mk(132, lambda: memoryview(m)[-4:-2])
t(133, lambda: list(m.cast('e')))
t(134, lambda: m.tobytes('F'))
t(135, lambda: len(m))
t(136, lambda: setitem(m, (2), -9223372036854775808).tolist())
# scenario
m = m2 = None
b = mk(137, lambda: b'\x00A\x00\x80\x80\x80\x80\x00\x02\x7f\x02aA\x80\x01\x7fA\x80\x80Aa\x02\xc8\x7f')
m = mk(138, lambda: memoryview(b).cast('?'))
m2 = mk(139, lambda: memoryview(m).cast('B').cast('Q', [1, 3]))
t(140, lambda: m.nbytes == len(m.tobytes()))
t(141, lambda: len(m))
t(142, lambda: setitem(m, (0), b'').tolist())
t(143, lambda: b.count(256))
t(144, lambda: struct.unpack('@3B', m))
t(145, lambda: m.nbytes == len(m.tobytes()))
t(146, lambda: list(m.cast('e')))
t(147, lambda: struct.unpack('2x3x', b'\x1c\x04'))
t(148, lambda: m[12:, 0])
t(149, lambda: bytes(b))
t(150, lambda: m != m)
# scenario
m = m2 = None
b = mk(151, lambda: bytearray(b'\x7fa'))
m = mk(152, lambda: memoryview(b))
t(153, lambda: bytearray(b))
t(154, lambda: setitem(m, -1, 1).tolist())
t(155, lambda: struct.calcsize('@BN1s'))
t(156, lambda: b.pop())
t(157, lambda: m.readonly)
t(158, lambda: b.extend(m))
# scenario
m = m2 = None
b = mk(159, lambda: b'\x98\x99\x00\xa5\xfe\xee')
m = mk(160, lambda: memoryview(b)[-1:-3])
m2 = mk(161, lambda: memoryview(b))
t(162, lambda: m2[...])
t(163, lambda: list(struct.iter_unpack('<xe', m)))
t(164, lambda: m2.cast('?').tolist())
t(165, lambda: struct.pack_into('>2e', bytearray(8), 6, -2.25, 3))
t(166, lambda: struct.unpack_from('!B', m, -2))
t(167, lambda: m[-4::-3] == m[-1::1])
t(168, lambda: m == array.array('b', []))
t(169, lambda: struct.unpack_from('=I', b'\x80\x00A\xff\x02\x80\x02A\x7f\xff\x01\x02', -11))
t(170, lambda: items(m))
t(171, lambda: m[7:-4:-1].contiguous)
t(172, lambda: m.toreadonly().readonly)
# scenario
m = m2 = None
b = mk(173, lambda: b'\x01\xc8A\x02')
m = mk(174, lambda: memoryview(b).cast('c', [2, 2]))
m2 = mk(175, lambda: memoryview(m))
t(176, lambda: m[-2:0:0].tobytes())
t(177, lambda: struct.unpack_from('<Ll', b'\xbdA\x94c\x10\x00\xf9Q', -11))
t(178, lambda: list(struct.iter_unpack('@3dN', b'\x00\x02\xc8\x00\xff\xc8\xc8\x7f\x00A\xff\x00\xc8\x01A\x02')))
t(179, lambda: struct.pack_into('3Q1B3n', bytearray(7), 0, 5, 120, 1, 156, -204, 264, 9223372036854775808))
# scenario
m = m2 = None
b = mk(180, lambda: array.array('q', [17, -193, -103, 34, 9223372036854775807, 67, 193, 192]))
m = mk(181, lambda: memoryview(b))
t(182, lambda: m2[-5::9] == m[11:-8:1])
t(183, lambda: m.tobytes())
t(184, lambda: bool(m))
t(185, lambda: struct.pack('!3Q', 206, 1.5, 13))
t(186, lambda: hash(m[-9:2:-3]) == hash(m[-9:2:-3].tobytes()))
t(187, lambda: imul(b, 2))
t(188, lambda: struct.pack_into('<cp', b, 1, bytearray(b'z'), 's'))
t(189, lambda: struct.pack_into('3x1f3L', m, 10, 2**70, 3, True, 1))
t(190, lambda: struct.unpack('<1h2e', b''))
t(191, lambda: m.hex())
t(192, lambda: b.buffer_info()[1])
t(193, lambda: m.toreadonly().readonly)
t(194, lambda: delitem(m, 0))
# scenario
m = m2 = None
b = mk(195, lambda: bytearray(b''))
m = mk(196, lambda: memoryview(b))
m2 = mk(197, lambda: memoryview(b))
t(198, lambda: b''.join([m2, b'-', b]))
t(199, lambda: bytearray(m))
t(200, lambda: m.hex())
t(201, lambda: struct.calcsize('@B3q'))
t(202, lambda: struct.calcsize('L3N'))
t(203, lambda: struct.unpack_from('l0N', b'\xff\x01\xff\xc8\x80A\x80\x80\x01\x02\x01\xc8\x7f\x00a\x7f', -7))
t(204, lambda: m2[...])
t(205, lambda: m.tobytes())
t(206, lambda: struct.unpack('3l', m2))
t(207, lambda: m[:-2:2, 0])
t(208, lambda: memoryview(b) == memoryview(b))
t(209, lambda: struct.unpack('<c1q', struct.pack('<c1q', 'a', -9223372036854775808)))
t(210, lambda: struct.pack_into('>1Q', bytearray(14), -12, 277))
t(211, lambda: m.cast('c').tolist())
