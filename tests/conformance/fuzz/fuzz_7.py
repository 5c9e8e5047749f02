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
t(20, lambda: list(struct.iter_unpack('=?', b)))
t(21, lambda: m[:-3, 0])
# scenario
m = m2 = None
b = mk(22, lambda: b'\x7f\x02\xff\x00\xc8\xff\x80\x80\x80\x80\x01\xc8')
m = mk(23, lambda: memoryview(b))
m2 = mk(24, lambda: memoryview(b))
t(25, lambda: m.tobytes('C'))
t(26, lambda: m.hex(' ', 4))
t(27, lambda: memoryview(m).tolist())
t(28, lambda: list(m.cast('e')))
t(29, lambda: m.itemsize)
t(30, lambda: int.from_bytes(b, 'big'))
t(31, lambda: m.hex(b'.', 0))
t(32, lambda: b''.join([b, b'-']))
t(33, lambda: m.cast('?').tolist())
t(34, lambda: struct.pack_into('>0xs3b', bytearray(8), -4, 's', -1, -129, 128))
t(35, lambda: m.tolist())
# scenario
m = m2 = None
b = mk(36, lambda: array.array('w', 'yc'))
m = mk(37, lambda: memoryview(b)[0:0])
m2 = mk(38, lambda: memoryview(m).cast('B').cast('e'))
t(39, lambda: b.buffer_info()[1])
t(40, lambda: struct.pack_into('>1B', bytearray(6), -5, 256))
t(41, lambda: b.fromlist([1]))
t(42, lambda: bool(m))
t(43, lambda: m.tolist())
t(44, lambda: m[4:2:-2].hex())
t(45, lambda: len(m))
t(46, lambda: b == m.tobytes())
t(47, lambda: m.toreadonly().tolist())
t(48, lambda: delitem(b, -2))
t(49, lambda: bool(m))
t(50, lambda: list(struct.iter_unpack('<2Bc', m)))
t(51, lambda: m.hex(b'.', 2))
# scenario
m = m2 = None
b = mk(52, lambda: array.array('w', ''))
m = mk(53, lambda: memoryview(b))
t(54, lambda: b''.join([m, b'-', b'z']))
t(55, lambda: setitem(b, slice(4, 0, 3), array.array('w')))
t(56, lambda: delitem(m, -2))
t(57, lambda: setitem(m, slice(-2, 1), b).tolist())
t(58, lambda: struct.unpack('>3h', b'\x80A\x7f\x7f\x01\x7f\x00\x7f\xff\xc8\xc8\x00\x80\x7f\xffa'))
t(59, lambda: m.nbytes == len(m.tobytes()))
t(60, lambda: b == m2)
t(61, lambda: bytearray(m))
t(62, lambda: memoryview(b) == bytes(b))
t(63, lambda: m.cast('N', [0]).tolist())
t(64, lambda: m[2:0:1].cast('B').tolist())
t(65, lambda: m.hex())
# scenario
m = m2 = None
b = mk(66, lambda: bytearray(b'\x7f'))
m = mk(67, lambda: memoryview(b))
t(68, lambda: struct.pack_into('I', m2, -2, 159))
t(69, lambda: list(struct.iter_unpack('@I', m)))
t(70, lambda: m.cast('e').tolist())
t(71, lambda: list(m))
t(72, lambda: bytearray(m))
t(73, lambda: with_view(b))
t(74, lambda: struct.pack_into('@HLp', b, 2, 'a', -1, bytearray(b'xy')))
t(75, lambda: iadd(b, b'aAa\x00\xc8\x02\x02a\xc8\x00a\x7f\x7f\xff\x7fA'))
# scenario
m = m2 = None
b = mk(76, lambda: array.array('i', [-200]))
m = mk(77, lambda: memoryview(b).cast('B').cast('c'))
m2 = mk(78, lambda: memoryview(b).cast('c'))
t(79, lambda: m[:6:-3, 0])
t(80, lambda: setitem(b, 2, 2147483647))
t(81, lambda: setitem(m, slice(None), m[::2]).tolist())
t(82, lambda: m2[7:1:].nbytes)
t(83, lambda: list(struct.iter_unpack('>b', m2)))
t(84, lambda: list(m.cast('e')))
t(85, lambda: m.cast('b').tolist())
t(86, lambda: list(struct.iter_unpack('@0N', m2)))
t(87, lambda: setitem(m, slice(None), m[::2]).tolist())
t(88, lambda: m.__len__())
# scenario
m = m2 = None
b = mk(89, lambda: array.array('i', [-65, 187, 178, 35, -5, 266, 192, 123]))
m = mk(90, lambda: memoryview(b))
m2 = mk(91, lambda: memoryview(b).cast('B').cast('f', [8, 1, 1]))
t(92, lambda: b.tolist())
t(93, lambda: b.tolist())
t(94, lambda: m.c_contiguous)
t(95, lambda: m.cast('c').tolist())
t(96, lambda: m.hex())
t(97, lambda: b.remove(b''))
t(98, lambda: m[::-1].tobytes())
# scenario
m = m2 = None
b = mk(99, lambda: array.array('h', [32767, 32767, 259, 32767]))
m = mk(100, lambda: memoryview(b).cast('B').cast('B'))
t(101, lambda: m.nbytes)
t(102, lambda: hash(m[-5:-2]) == hash(m[-5:-2].tobytes()))
t(103, lambda: setitem(m[0:-3:-1], -1, 255).tolist())
t(104, lambda: b''.join([m, b'-', b]))
t(105, lambda: list(m.cast('e')))
t(106, lambda: reversed(m) is None)
# scenario
m = m2 = None
b = mk(107, lambda: array.array('q', [-159, 174, 114, 129]))
m = mk(108, lambda: memoryview(b))
t(109, lambda: m == m.tolist())
t(110, lambda: hash(m) == hash(m.tobytes()))
t(111, lambda: array.array('i', m))
t(112, lambda: list(struct.iter_unpack('>b', m2)))
t(113, lambda: struct.calcsize('!d1b'))
t(114, lambda: struct.pack('<fB', -2.25, True))
t(115, lambda: struct.pack('!0x'))
t(116, lambda: m2.obj is b)
t(117, lambda: bytearray(m2))
t(118, lambda: bytes(b))
t(119, lambda: m.cast('?').tolist())
t(120, lambda: m2[-7:, 0])
# scenario
m = m2 = None
b = mk(121, lambda: bytearray(b'A\xc8\xffA\xffA\x00\x80'))
m = mk(122, lambda: memoryview(b))
m2 = mk(123, lambda: memoryview(b).cast('x'))
t(124, lambda: array.array('B', m))
t(125, lambda: b.insert(0, 5))
t(126, lambda: m[:5].tolist())
t(127, lambda: list(reversed(m)))
t(128, lambda: bytes(b))
t(129, lambda: setitem(m[::-1], slice(None), m[::-1]).tolist())
t(130, lambda: array.array('b', m))
t(131, lambda: struct.calcsize('<e'))
t(132, lambda: b.index(b''))
t(133, lambda: delitem(m, -8))
t(134, lambda: list(struct.iter_unpack('3eN3l', b'\x7f\xc8\x02\x01\x00\x01a\x01')))
t(135, lambda: m.c_contiguous)
t(136, lambda: struct.unpack('@n3c', b'\xc8A\x7f'))
t(137, lambda: m.tolist())
# scenario
m = m2 = None
b = mk(138, lambda: array.array('H', [207, 17, 31, 32, 65535, 171, 0, 162]))
m = mk(139, lambda: memoryview(b))
m2 = mk(140, lambda: memoryview(b).cast('B').cast('i'))
t(141, lambda: struct.calcsize('>2?i'))
t(142, lambda: struct.unpack('!2b1Hh', b'\xc8'))
t(143, lambda: bytearray(m2))
t(144, lambda: struct.unpack('@b1B3P', b'\xd5\xeb'))
t(145, lambda: m2.__len__())
t(146, lambda: reversed(m) is None)
t(147, lambda: setitem(m, (), 0).tolist())
t(148, lambda: list(m))
t(149, lambda: m[8])
t(150, lambda: setitem(m, 2**63, 0).tolist())
t(151, lambda: b[5])
# scenario
m = m2 = None
b = mk(152, lambda: array.array('H', [191, 150, 25, 298, 38, 91, 133, 3]))
m = mk(153, lambda: memoryview(b).cast('B').cast('L', (-1, 2)))
t(154, lambda: list(struct.iter_unpack('0c', b)))
t(155, lambda: bytes(m))
t(156, lambda: m.cast('h').tolist())
t(157, lambda: m2[1, -2**64, -5])
t(158, lambda: m != m.tobytes())
t(159, lambda: with_view(m))
t(160, lambda: memoryview(m).tolist())
t(161, lambda: struct.unpack_from('!2Q', b, 0))
t(162, lambda: list(struct.iter_unpack('eQ', b)))
t(163, lambda: bool(m))
# scenario
m = m2 = None
b = mk(164, lambda: array.array('H', []))
m = mk(165, lambda: memoryview(b))
t(166, lambda: m.readonly)
t(167, lambda: with_view(m2))
t(168, lambda: b.pop(-1))
t(169, lambda: struct.unpack_from('<h2x', m2))
t(170, lambda: struct.calcsize('@q2N'))
t(171, lambda: with_view(m))
t(172, lambda: delitem(m, 1))
t(173, lambda: setitem(m, slice(None), m[::-1]).tolist())
t(174, lambda: bytearray(b))
t(175, lambda: memoryview(m).tolist())
t(176, lambda: bytes(b))
t(177, lambda: array.array('i', m))
t(178, lambda: struct.unpack('i2qI', struct.pack('i2qI', 2147483648, 2**64, 214, 2**64)))
t(179, lambda: m.tobytes())
# scenario
m = m2 = None
b = mk(180, lambda: b'\x8e\xa7\xc0V\x87:\x18\xb8\xe75\x81\xc9')
m = mk(181, lambda: memoryview(b))
m2 = mk(182, lambda: memoryview(m))
t(183, lambda: m.hex(''))
t(184, lambda: list(m.cast('e')))
t(185, lambda: setitem(m, 13, 0).tolist())
t(186, lambda: len(b))
t(187, lambda: with_view(m))
t(188, lambda: setitem(m, slice(None), m).tolist())
t(189, lambda: struct.unpack_from('', m, -3))
t(190, lambda: bytearray(b'+').join([m2]))
t(191, lambda: m.toreadonly().tolist())
t(192, lambda: m >= b)
t(193, lambda: list(struct.iter_unpack('<He2s', b'\x80\x02\xffa\x01a\x00\xc8\xff\x00\x80\x80\xc8\x01\xc8\x02')))
t(194, lambda: m[-12:8:-1, 0])
t(195, lambda: bytearray(b))
# scenario
m = m2 = None
b = mk(196, lambda: array.array('f', [float('inf'), float('nan'), 1e300]))
m = mk(197, lambda: memoryview(b))
m2 = mk(198, lambda: memoryview(b).cast('B').cast('2i'))
t(199, lambda: struct.pack_into('>1H2L', b, -1, 274, 271, 0))
t(200, lambda: m2[3::2].tobytes())
t(201, lambda: memoryview(m).tolist())
t(202, lambda: struct.calcsize('>0b'))
t(203, lambda: int.from_bytes(m2[-5:6:-3]))
t(204, lambda: m.format)
t(205, lambda: m[-5:4:0].tobytes('F'))
