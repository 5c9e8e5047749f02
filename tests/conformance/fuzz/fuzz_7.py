# Written by tests/fuzz/gen.py --seed 7 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\x00\x01'))
m = mk(2, lambda: memoryview(b))
m2 = mk(3, lambda: memoryview(b))
t(4, lambda: m.hex())
t(5, lambda: m.tobytes(1))
t(6, lambda: with_view(m2))
t(7, lambda: m2.cast('q', [2]).tolist())
t(8, lambda: struct.unpack('3', struct.pack('3')))
t(9, lambda: list(struct.iter_unpack('<H2B2b', m2)))
t(10, lambda: list(struct.iter_unpack('!2ff', m)))
# scenario
m = m2 = None
b = mk(11, lambda: bytearray(b'A\x01'))
m = mk(12, lambda: memoryview(b).toreadonly())
t(13, lambda: b.hex(b'_', 3))
t(14, lambda: struct.unpack('=L', b"'\xa0\xae\xb3\xfe\xe9#/"))
t(15, lambda: list(struct.iter_unpack('>3c', b'\xc8a\x80\x7f')))
t(16, lambda: m[-2])
t(17, lambda: b.count(255))
t(18, lambda: array.array('B', m))
t(19, lambda: setitem(m, (...), 142).tolist())
t(20, lambda: b.extend(range(3)))
t(21, lambda: m[1])
# scenario
m = m2 = None
b = mk(22, lambda: array.array('I', [263]))
m = mk(23, lambda: memoryview(b))
t(24, lambda: list(struct.iter_unpack('=1Q1B', m)))
t(25, lambda: m2.hex())
t(26, lambda: struct.unpack_from('sB', b'\x7f\x00', -18))
t(27, lambda: struct.calcsize('=db'))
# scenario
m = m2 = None
b = mk(28, lambda: b'\xc8\x02\xff\x00A\xff\x7f\x02')
m = mk(29, lambda: memoryview(b))
t(30, lambda: m.hex(1))
t(31, lambda: bytearray(b))
t(32, lambda: list(reversed(m)))
t(33, lambda: b''.join([m, b'-', b]))
t(34, lambda: m2[...] == m2[-3])
t(35, lambda: b[:-11:-1])
t(36, lambda: m.toreadonly().readonly)
t(37, lambda: struct.pack('>qi', 45, -299))
t(38, lambda: len(b))
t(39, lambda: len(b))
t(40, lambda: struct.unpack('!d', b'\xca\xed\xcd+Q'))
t(41, lambda: m[4])
# scenario
m = m2 = None
b = mk(42, lambda: array.array('h', [32767, -21, 80, -193]))
m = mk(43, lambda: memoryview(b))
t(44, lambda: bytearray(m))
t(45, lambda: struct.pack('!x'))
t(46, lambda: bytes(m2))
t(47, lambda: len(b))
t(48, lambda: struct.unpack_from('=1ssp', b'\xe1]\x02LXH\xf2=\x1f\xa6\xf76\x1d\x7fa\x8d', -19))
# scenario
m = m2 = None
b = mk(49, lambda: array.array('q', [189, -9223372036854775808, 113]))
m = mk(50, lambda: memoryview(b))
t(51, lambda: b.append(1))
t(52, lambda: bytearray(b'+').join([m]))
t(53, lambda: struct.unpack('@0HNn', b'A\x80\x01Aa\x01\x02\x7f\x02a\x02\xc8'))
t(54, lambda: m.release())
t(55, lambda: struct.unpack('>3h', b'\x80A\x7f\x7f\x01\x7f\x00\x7f\xff\xc8\xc8\x00\x80\x7f\xffa'))
t(56, lambda: m[-4] == m[-1])
t(57, lambda: setitem(m, (1), 18446744073709551621).tolist())
# scenario
m = m2 = None
b = mk(58, lambda: array.array('i', [270, 53, -155]))
m = mk(59, lambda: memoryview(b).cast('B').cast('H', [1, 6]))
t(60, lambda: len(m))
t(61, lambda: setitem(m, (-5, -2), 1.5).tolist())
t(62, lambda: setitem(m, slice(7, 0), memoryview(b'\xdd\xfd\xc9\x9d').cast('H')).tolist())
t(63, lambda: m.tobytes(1))
t(64, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(65, lambda: array.array('l', [140]))
m = mk(66, lambda: memoryview(b))
t(67, lambda: struct.unpack('>1ch', struct.pack('>1ch', b'', 72)))
t(68, lambda: setitem(m, slice(None, None), 7).tolist())
t(69, lambda: b[-3])
t(70, lambda: m.release())
t(71, lambda: m[:-2:-3, 0])
t(72, lambda: setitem(b, 1.0, -152))
t(73, lambda: b''.join([m, b'-', b'z']))
t(74, lambda: b''.join([m, b'-', m]))
t(75, lambda: struct.calcsize('0s'))
t(76, lambda: struct.pack('=3c3x3p', b'', b'ab', b'a', bytearray(b'xy')))
t(77, lambda: list(reversed(m)))
t(78, lambda: m[:].tolist())
t(79, lambda: b.tobytes().hex())
t(80, lambda: -25 in m2)
# scenario
m = m2 = None
b = mk(81, lambda: array.array('B', [250, 146, 238, 102, 43, 0]))
m = mk(82, lambda: memoryview(b).cast('c'))
t(83, lambda: m[::-1].tobytes())
t(84, lambda: struct.unpack('!s3Bq', b'\x02\x00\xc8\xc8\x80a\x02\x80\x7f\x80\x7f\x01'))
t(85, lambda: b)
t(86, lambda: m.release())
t(87, lambda: struct.pack_into('0s', m, 0, bytearray(b'xy')))
t(88, lambda: struct.unpack_from('1I', m))
t(89, lambda: m >= b'')
t(90, lambda: b.remove(122))
# scenario
m = m2 = None
b = mk(91, lambda: bytearray(b'\x01\x02\x02\x01A\xff\xc8\xffA\xc8\x7f\xc8\x80\x02\xffAA\x01\x02\x7f\xff\x01\x7fA'))
m = mk(92, lambda: memoryview(b)[-15:20:-3])
t(93, lambda: reversed(m) is None)
t(94, lambda: m < memoryview(m.tobytes()).cast('B'))
t(95, lambda: struct.unpack_from('@p', b'\x01\x01\x01a\xffA\x80a', -13))
t(96, lambda: b)
t(97, lambda: items(m))
t(98, lambda: m[[0]])
t(99, lambda: m.tolist())
t(100, lambda: struct.unpack('@x', b't\xd9\xbdt\xfc\x11\xad\xd7'))
t(101, lambda: len(m))
t(102, lambda: setitem(b, slice(None, -15), b'q\x87\x97'))
t(103, lambda: memoryview(m).tolist())
t(104, lambda: bytes(m))
# scenario
m = m2 = None
b = mk(105, lambda: array.array('b', [73, -116, -128, -98]))
m = mk(106, lambda: memoryview(b).cast('n'))
t(107, lambda: list(struct.iter_unpack('3eN3l', b'\x7f\xc8\x02\x01\x00\x01a\x01')))
t(108, lambda: m.c_contiguous)
t(109, lambda: struct.unpack('@n3c', b'\xc8A\x7f'))
t(110, lambda: m.tolist())
t(111, lambda: with_view(m2))
# scenario
m = m2 = None
b = mk(112, lambda: array.array('b', [-96, -128, -96]))
m = mk(113, lambda: memoryview(b))
m2 = mk(114, lambda: memoryview(m).cast('b'))
t(115, lambda: struct.unpack('>bi3d', b'\x80\xc8\x02\xc8\x02\x00a\x02'))
t(116, lambda: delitem(m2, 4))
t(117, lambda: reversed(m) is None)
t(118, lambda: struct.unpack_from(' ', m, 5))
t(119, lambda: m.hex(':', -1))
t(120, lambda: bytes(m2))
t(121, lambda: list(m))
t(122, lambda: items(m))
t(123, lambda: m2.__len__())
# scenario
m = m2 = None
b = mk(124, lambda: bytes(0))
m = mk(125, lambda: memoryview(b).cast('I'))
m2 = mk(126, lambda: memoryview(b).cast('B').cast('i'))
t(127, lambda: setitem(m, 2**63, 0).tolist())
t(128, lambda: len(b))
t(129, lambda: m[1:, 0])
t(130, lambda: m.toreadonly().tolist())
t(131, lambda: b''.join([m, b'-', m]))
t(132, lambda: list(reversed(m)))
t(133, lambda: b)
t(134, lambda: memoryview(m).tolist())
t(135, lambda: m == m.tolist())
t(136, lambda: m.cast('h').tolist())
t(137, lambda: m2[1, -2**64, -5])
t(138, lambda: m != m.tobytes())
t(139, lambda: with_view(m))
# scenario
m = m2 = None
b = mk(140, lambda: bytearray(b'A\x80'))
m = mk(141, lambda: memoryview(b))
m2 = mk(142, lambda: memoryview(m).cast('s'))
t(143, lambda: m[slice(None), 0])
t(144, lambda: reversed(m) is None)
t(145, lambda: b.reverse())
t(146, lambda: b[2:5:-3])
t(147, lambda: hash(m) == hash(m.tobytes()))
t(148, lambda: b.insert(0, 5))
# scenario
m = m2 = None
b = mk(149, lambda: bytearray(3))
m = mk(150, lambda: memoryview(b).cast('N'))
t(151, lambda: b.remove(b''))
t(152, lambda: bytearray(m))
t(153, lambda: b''.join([m, b'-', b'z']))
t(154, lambda: len(b))
t(155, lambda: bool(m2))
t(156, lambda: m.hex(':'))
t(157, lambda: b.pop())
t(158, lambda: b.count(0))
t(159, lambda: struct.pack_into('>B1?0l', bytearray(5), 1, -1, False))
t(160, lambda: memoryview(m).tolist())
t(161, lambda: m[2])
# scenario
m = m2 = None
b = mk(162, lambda: bytearray(b'A\x7f\x7f\x00A\x02'))
m = mk(163, lambda: memoryview(b)[-1:3])
t(164, lambda: len(b))
t(165, lambda: list(m2))
t(166, lambda: m2.hex(' ', 3))
t(167, lambda: m2 >= bytearray(b'aa\x7f\x00'))
t(168, lambda: struct.unpack('px2x', struct.pack('px2x', 1)))
# scenario
m = m2 = None
b = mk(169, lambda: array.array('h', [210]))
m = mk(170, lambda: memoryview(b).cast('B').cast('h'))
m2 = mk(171, lambda: memoryview(b))
t(172, lambda: len(m))
t(173, lambda: m != 1)
t(174, lambda: b.index(-193))
t(175, lambda: m.nbytes)
t(176, lambda: struct.unpack('!c3p', b'aA\x01\xff\x00\x02aAA\x02\x7fA\x80\x7fA\x80'))
t(177, lambda: struct.calcsize('=2i0l1H'))
t(178, lambda: m2[-4, -3])
t(179, lambda: m.tolist())
# scenario
m = m2 = None
b = mk(180, lambda: b'\x00\x01')
m = mk(181, lambda: memoryview(b))
m2 = mk(182, lambda: memoryview(m).cast('d'))
t(183, lambda: m.format)
t(184, lambda: reversed(m) is None)
t(185, lambda: with_view(m2))
t(186, lambda: m2.obj is b)
t(187, lambda: m[0:-5].tobytes())
t(188, lambda: struct.unpack('-1i', struct.pack('-1i', bytearray(b'q'))))
t(189, lambda: bytes(m2))
t(190, lambda: m.hex(' ', 2))
t(191, lambda: bytearray(b))
t(192, lambda: m2.hex('ab'))
# scenario
m = m2 = None
b = mk(193, lambda: array.array('h', [-97, 184, -32768]))
m = mk(194, lambda: memoryview(b).cast('B').cast('?'))
m2 = mk(195, lambda: memoryview(m).toreadonly())
t(196, lambda: setitem(m, ..., 1).tolist())
t(197, lambda: with_view(m))
t(198, lambda: b.extend([65541]))
t(199, lambda: m2.release())
t(200, lambda: struct.calcsize('@2ne'))
t(201, lambda: m[-5:-8, 0])
t(202, lambda: list(m))
t(203, lambda: setitem(b, 2, -37))
t(204, lambda: items(m2))
t(205, lambda: b''.join([m2, b'-', m]))
t(206, lambda: memoryview(m).tolist())
t(207, lambda: m['a'])
