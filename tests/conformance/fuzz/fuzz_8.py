# Written by tests/fuzz/gen.py --seed 8 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\x16+F~k\xcd\x0f\xeb\xf9\xe8\xc7\xfd'))
m = mk(2, lambda: memoryview(b).toreadonly())
t(3, lambda: m.tolist())
t(4, lambda: setitem(b, slice(13, 8), b' \xc5\xc17'))
t(5, lambda: b.append(255))
t(6, lambda: b.remove(m))
t(7, lambda: struct.pack_into('2b1cH', bytearray(18), -6, 1, 54, 'a', -1))
t(8, lambda: m != 'abc')
t(9, lambda: struct.calcsize('=2he'))
t(10, lambda: bytes(m))
t(11, lambda: setitem(m, ..., 54).tolist())
t(12, lambda: setitem(b, slice(10, 0, 1), b'G\xae\xc5'))
# scenario
m = m2 = None
b = mk(13, lambda: array.array('B', [166, 0, 255, 16, 0, 220]))
m = mk(14, lambda: memoryview(b)[:6:2])
m2 = mk(15, lambda: memoryview(b).toreadonly())
t(16, lambda: b''.join([m2, b'-', b'z']))
t(17, lambda: m.cast('q', [6, 1]).tolist())
t(18, lambda: m.tobytes(None))
t(19, lambda: len(m))
t(20, lambda: b.insert(-2**64, 221))
t(21, lambda: m.__len__())
t(22, lambda: b.frombytes(b'\x7f\xff\x80'))
t(23, lambda: b.remove(148))
t(24, lambda: m2.__len__())
t(25, lambda: m.release())
t(26, lambda: m.cast('Q').tolist())
# scenario
m = m2 = None
b = mk(27, lambda: array.array('I', [4294967295, 182, 151, 55, 189, 299, 4294967295, 203]))
m = mk(28, lambda: memoryview(b))
t(29, lambda: m != m)
t(30, lambda: setitem(b, -3, 8589934597))
t(31, lambda: array.array('B', m))
t(32, lambda: b.itemsize)
t(33, lambda: m.cast('Q', [8]).tolist())
t(34, lambda: b.count(97))
t(35, lambda: b[4])
t(36, lambda: struct.unpack('<2?', struct.pack('<2?', False, b'')))
t(37, lambda: m < m)
t(38, lambda: m[()])
t(39, lambda: b[-10:-6:9])
t(40, lambda: m2[[0]])
t(41, lambda: m.hex('-'))
t(42, lambda: struct.pack('@n', 150, 1))
# scenario
m = m2 = None
b = mk(43, lambda: array.array('Q', [223, 190]))
m = mk(44, lambda: memoryview(b))
t(45, lambda: struct.pack('!h3I0d', 32768, 259, 1, 111))
t(46, lambda: 201 in m)
t(47, lambda: b''.join([m, b'-', b]))
t(48, lambda: memoryview(m).tolist())
t(49, lambda: struct.unpack_from('1h', b'\x80\x01', -9))
t(50, lambda: list(struct.iter_unpack('2 i', b'\x7f\x01\x7f\x01\xc8')))
t(51, lambda: b.remove(186))
t(52, lambda: reversed(m2) is None)
t(53, lambda: b.tobytes())
t(54, lambda: b.byteswap())
t(55, lambda: struct.pack_into('>c2i', m, 1, b'', 274, -158))
# scenario
m = m2 = None
b = mk(56, lambda: array.array('d', [-1e-310, float('inf')]))
m = mk(57, lambda: memoryview(b).cast('B').cast('f'))
t(58, lambda: list(m))
t(59, lambda: m.__len__())
t(60, lambda: struct.unpack_from('=Q2p0h', m))
t(61, lambda: m.hex('ab'))
t(62, lambda: setitem(b, slice(-3, -1, 3), array.array('d', [-0.0])))
t(63, lambda: m[-7:4].tobytes())
t(64, lambda: setitem(m, slice(None, -2), bytearray(b'')).tolist())
t(65, lambda: reversed(m) is None)
t(66, lambda: b.typecode)
t(67, lambda: list(struct.iter_unpack('3?', b'\x80\x00a\x80A')))
t(68, lambda: struct.calcsize('>Is'))
t(69, lambda: m2[4:-4].tobytes())
t(70, lambda: imul(b, 0))
t(71, lambda: m[0:1, 0:1])
# scenario
m = m2 = None
b = mk(72, lambda: bytearray(b'\xff\xc8\xc8\x7f\x02\x02\xc8\x01A\xff\x7f\x02\xffAA\x80A\x7f\x02a\x01\xc8\x7f\x02'))
m = mk(73, lambda: memoryview(b))
t(74, lambda: b.append(-1))
t(75, lambda: m.readonly)
t(76, lambda: b.reverse())
t(77, lambda: struct.pack_into('2LH', bytearray(0), 10, 1, 247, -1))
t(78, lambda: list(struct.iter_unpack('<H', b'\xb0')))
t(79, lambda: array.array('b', m))
t(80, lambda: struct.unpack_from('@1c2N0i', b'', -4))
t(81, lambda: b.insert(0, 5))
t(82, lambda: struct.unpack_from('2sh2l', m))
t(83, lambda: m.ndim)
# scenario
m = m2 = None
b = mk(84, lambda: array.array('i', [253]))
m = mk(85, lambda: memoryview(b))
m2 = mk(86, lambda: memoryview(b))
t(87, lambda: struct.unpack_from('1P3l1H', b'a', -18))
t(88, lambda: m.shape)
t(89, lambda: m.cast('i', [0]).tolist())
t(90, lambda: hash(m) == hash(m.tobytes()))
t(91, lambda: m.c_contiguous)
t(92, lambda: m.toreadonly().tolist())
t(93, lambda: setitem(m, -3, 198).tolist())
t(94, lambda: struct.unpack('1?N', m))
t(95, lambda: b == array.array('d', b.tolist()))
t(96, lambda: hash(m) == hash(m.tobytes()))
t(97, lambda: bytes(m))
t(98, lambda: setitem(b, slice(None, None), array.array('i')))
t(99, lambda: m == b'T\xa3\xd5\x99E')
# scenario
m = m2 = None
b = mk(100, lambda: array.array('l', [9223372036854775807, 174, 261]))
m = mk(101, lambda: memoryview(b))
t(102, lambda: b)
t(103, lambda: struct.unpack_from('3Iq3p', m2, -1))
t(104, lambda: m2.tobytes('X'))
t(105, lambda: m.hex(' ', -3))
t(106, lambda: m != m.tobytes())
t(107, lambda: b.byteswap())
t(108, lambda: struct.pack_into('>1q', m, 3, True))
t(109, lambda: delitem(b, -4))
t(110, lambda: items(m))
t(111, lambda: b.reverse())
t(112, lambda: struct.pack_into('>s3xx', bytearray(20), -3, 's'))
t(113, lambda: b.fromlist([9223372036854775807]))
t(114, lambda: m.release())
# scenario
m = m2 = None
b = mk(115, lambda: array.array('w', ['z', 'z', 'a', 'z']))
m = mk(116, lambda: memoryview(b)[1:3])
t(117, lambda: m[-2, 0, True])
t(118, lambda: struct.unpack_from('=0Id1c', b'\x02\x7f\x02', 7))
t(119, lambda: setitem(b, slice(None, 3, 5), array.array('w', ['\u20ac'])))
t(120, lambda: m.tobytes())
t(121, lambda: m < b)
t(122, lambda: m.tobytes())
t(123, lambda: bytes(b))
t(124, lambda: m.hex(''))
t(125, lambda: m2[()])
t(126, lambda: list(struct.iter_unpack('I2cq', m)))
t(127, lambda: setitem(m, slice(-4, None), [1, 2]).tolist())
t(128, lambda: setitem(m, (), 126).tolist())
t(129, lambda: int.from_bytes(m, 'little'))
t(130, lambda: len(b))
# scenario
m = m2 = None
b = mk(131, lambda: array.array('B', [255, 105, 161, 79]))
m = mk(132, lambda: memoryview(b))
t(133, lambda: m.release())
t(134, lambda: b)
t(135, lambda: b[:4])
t(136, lambda: m.obj is b)
t(137, lambda: struct.pack('1N2h', 0, 126, 32767))
t(138, lambda: m != m)
t(139, lambda: struct.pack('@3c2I', 97, bytearray(b'z'), b'', 1.5, -1))
t(140, lambda: setitem(m, (-2), 1).tolist())
# scenario
m = m2 = None
b = mk(141, lambda: array.array('L', [176, 208, 204, 266, 0, 190]))
m = mk(142, lambda: memoryview(b)[:-6])
t(143, lambda: struct.unpack('@h2x', m))
t(144, lambda: bytearray(b'+').join([m]))
t(145, lambda: setitem(b, -7, 95))
t(146, lambda: with_view(m2))
t(147, lambda: m != 1)
t(148, lambda: m[...])
t(149, lambda: m.cast('l', [6]).tolist())
t(150, lambda: struct.pack_into('>0cd2l', bytearray(0), 1, 2**64, 1, [1]))
t(151, lambda: struct.unpack_from('P0q1Q', b"'\xe0", -8))
t(152, lambda: b.itemsize)
t(153, lambda: bool(m))
t(154, lambda: int.from_bytes(m, 'little'))
# scenario
m = m2 = None
b = mk(155, lambda: bytearray(b'Y\xecg\xbb\x19\x7fzp'))
m = mk(156, lambda: memoryview(b))
t(157, lambda: hash(m) == hash(m.tobytes()))
t(158, lambda: m != None)
t(159, lambda: bytearray(m2))
t(160, lambda: struct.unpack_from('<1Qi2p', m))
t(161, lambda: struct.calcsize('=Q3I'))
t(162, lambda: bytearray(b'+').join([m]))
t(163, lambda: len(m))
t(164, lambda: m.cast('f', [8]).tolist())
# scenario
m = m2 = None
b = mk(165, lambda: array.array('d', []))
m = mk(166, lambda: memoryview(b).toreadonly())
m2 = mk(167, lambda: memoryview(m)[0::3])
t(168, lambda: b.extend(array.array('b', [1])))
t(169, lambda: m2[-1] == m2['0'])
t(170, lambda: struct.unpack('>3l3p', m2))
t(171, lambda: m[:4:-1].tolist())
t(172, lambda: b[1])
t(173, lambda: m.release())
t(174, lambda: struct.unpack_from('!b', b'\xe1a\x8c\x0e\xae\x8f\x13\xa9', 3))
t(175, lambda: setitem(m, (1.0), -1e-310).tolist())
t(176, lambda: delitem(m, -3))
t(177, lambda: struct.unpack_from('>0?2x', b'\x02', -14))
t(178, lambda: b.count(1e10))
t(179, lambda: struct.unpack('1x3s2b', b''))
# scenario
m = m2 = None
b = mk(180, lambda: b'\xed\xbc\x9f\xefr\x8d47q\x9d^#')
m = mk(181, lambda: memoryview(b).cast('P'))
t(182, lambda: m[slice(None), 0])
t(183, lambda: struct.calcsize('<I0l'))
t(184, lambda: memoryview(m2).tolist())
t(185, lambda: b.index(b'a'))
t(186, lambda: b == m)
t(187, lambda: struct.unpack('H1Q2b', m))
t(188, lambda: b.index(m))
t(189, lambda: struct.unpack('<0b2pe', struct.pack('<0b2pe', bytearray(b'xy'), -1e-310)))
t(190, lambda: m.hex(':', 2))
t(191, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(192, lambda: bytearray(b'A\xff\x00A\x01\x7f\xffA\x7fAAa\x02\x7fa\xc8\x01\x7f\x01a\x80\x02a\x02'))
m = mk(193, lambda: memoryview(b)[:-21:2])
m2 = mk(194, lambda: memoryview(m))
t(195, lambda: items(m))
t(196, lambda: m.cast('h', [24]).tolist())
t(197, lambda: bytearray(m))
t(198, lambda: bytearray(m))
t(199, lambda: bytearray(b))
t(200, lambda: m[[0]])
t(201, lambda: hash(m) == hash(m.tobytes()))
t(202, lambda: struct.unpack('', b'A.\xff\xafZg\x0c\x00'))
t(203, lambda: m[-18:6:2].tolist())
t(204, lambda: struct.unpack('@L', m))
t(205, lambda: b.append(1))
t(206, lambda: struct.unpack('!1dq3B', struct.pack('!1dq3B', float('inf'), 17, 517, 211, 253)))
t(207, lambda: list(struct.iter_unpack('0q', b'\x80A\x80AA\x00\xc8\xff\xff\xff\x7fAA\xff\xffA')))
t(208, lambda: list(m))
