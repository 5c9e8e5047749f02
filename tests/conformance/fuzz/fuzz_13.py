# Written by tests/fuzz/gen.py --seed 13 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\x02A'))
m = mk(2, lambda: memoryview(b))
m2 = mk(3, lambda: memoryview(b)[:1])
t(4, lambda: setitem(m2, (True), 256).tolist())
t(5, lambda: b.clear())
t(6, lambda: struct.unpack('@1i2f', b'\x7f\x01\x7fa\xc8'))
t(7, lambda: m2.obj is b)
t(8, lambda: int.from_bytes(m, 'big'))
t(9, lambda: m != m)
t(10, lambda: imul(b, 0))
t(11, lambda: struct.pack_into('>0H2c', m, -4, b'ab', 97))
t(12, lambda: list(struct.iter_unpack('1b', m)))
t(13, lambda: int.from_bytes(m2, 'little'))
t(14, lambda: struct.pack('>s', 1))
t(15, lambda: array.array('d', m))
t(16, lambda: m.tobytes())
t(17, lambda: m[-2, 4])
# scenario
m = m2 = None
b = mk(18, lambda: bytearray(b'\x80A\x7f\x80'))
m = mk(19, lambda: memoryview(b).cast('q', []))
t(20, lambda: b == m2)
t(21, lambda: hash(m) == hash(m.tobytes()))
t(22, lambda: m.hex(' ', 2))
t(23, lambda: bytearray(m))
t(24, lambda: m.obj is b)
t(25, lambda: struct.unpack_from('3', b'A\x02', -18))
t(26, lambda: m != None)
t(27, lambda: list(struct.iter_unpack('@B', m2)))
t(28, lambda: -146 in m)
t(29, lambda: b.insert(0, 5))
t(30, lambda: int.from_bytes(m, 'big', signed=True))
t(31, lambda: m['a'])
t(32, lambda: reversed(m) is None)
t(33, lambda: b.clear())
# scenario
m = m2 = None
b = mk(34, lambda: bytearray(b'\xff\xc8A\x80\xc8A\x00\x00\xc8\xff\x02\x02\x01\x00\x02a'))
m = mk(35, lambda: memoryview(b).cast('N'))
m2 = mk(36, lambda: memoryview(m).cast('B').cast('BB'))
t(37, lambda: m[2])
t(38, lambda: struct.unpack('=B', struct.pack('=B', 0)))
t(39, lambda: struct.unpack('<3s', b'\x00\x01\x7f'))
t(40, lambda: struct.pack('!3?3q', 2, False, 2, 9223372036854775807, -1, 259))
t(41, lambda: m != m)
t(42, lambda: imul(b, 1))
t(43, lambda: struct.calcsize('c'))
t(44, lambda: m[()])
t(45, lambda: b.remove(m))
t(46, lambda: memoryview(m).tolist())
t(47, lambda: list(reversed(m)))
t(48, lambda: b.index(1))
t(49, lambda: b.clear())
t(50, lambda: setitem(m, 2, [1]).tolist())
# scenario
m = m2 = None
b = mk(51, lambda: array.array('H', []))
m = mk(52, lambda: memoryview(b))
m2 = mk(53, lambda: memoryview(b))
t(54, lambda: memoryview(m).tolist())
t(55, lambda: list(m))
t(56, lambda: m2.cast('d', [2, 0]).tolist())
t(57, lambda: 186 in m)
t(58, lambda: array.array('B', m))
t(59, lambda: setitem(b, slice(0, 2, None), array.array('H')))
t(60, lambda: bytearray(m))
t(61, lambda: reversed(m) is None)
# scenario
m = m2 = None
b = mk(62, lambda: bytearray(b'QV\xda\x1d'))
m = mk(63, lambda: memoryview(b))
t(64, lambda: m[0])
t(65, lambda: b.pop())
t(66, lambda: b.append(-1))
t(67, lambda: m[[0]])
t(68, lambda: reversed(m) is None)
# scenario
m = m2 = None
b = mk(69, lambda: array.array('w', ['z', 'a', 'z']))
m = mk(70, lambda: memoryview(b))
t(71, lambda: b)
t(72, lambda: array.array('i', m))
t(73, lambda: struct.pack('=n', 1))
t(74, lambda: reversed(m) is None)
t(75, lambda: m2.release())
t(76, lambda: m[0:].tolist())
t(77, lambda: list(struct.iter_unpack('=0?f1d', m)))
t(78, lambda: int.from_bytes(m2, 'little'))
t(79, lambda: with_view(m))
t(80, lambda: m.tolist())
t(81, lambda: m[-6:-6].tobytes())
t(82, lambda: b.extend(b))
# scenario
m = m2 = None
b = mk(83, lambda: b'')
m = mk(84, lambda: memoryview(b).cast('H'))
t(85, lambda: m.hex())
t(86, lambda: bool(m))
t(87, lambda: struct.unpack('<1x', m2))
t(88, lambda: list(m2))
t(89, lambda: b.index(97))
t(90, lambda: list(reversed(m)))
t(91, lambda: m[0:1, 0:1])
t(92, lambda: m[-2, -1, -5])
t(93, lambda: m[slice(None), 0])
t(94, lambda: items(m))
t(95, lambda: struct.unpack('<3x1?L', b''))
# scenario
m = m2 = None
b = mk(96, lambda: bytearray(b'\xa8\xe2'))
m = mk(97, lambda: memoryview(b).cast('c', [1, 2]))
t(98, lambda: memoryview(m).tolist())
t(99, lambda: m != 1)
t(100, lambda: b.clear())
t(101, lambda: b.remove(255))
# scenario
m = m2 = None
b = mk(102, lambda: b'\x00\x01a\xc8A\xc8\x00\x00\x80\xff\x01\xc8aA\x01\x7f\x00a\xc8\x00\x02\xff\x7f\x00')
m = mk(103, lambda: memoryview(b))
t(104, lambda: list(struct.iter_unpack('?0q', m)))
t(105, lambda: struct.pack('@1eHB', 65520.0, 204))
t(106, lambda: list(struct.iter_unpack('@3f', b'\xd5\xc9\xe2')))
t(107, lambda: b.index(m))
t(108, lambda: setitem(m, ..., -1).tolist())
t(109, lambda: m.hex())
t(110, lambda: m['0'])
t(111, lambda: b''.join([m, b'-', b]))
t(112, lambda: bytes(m))
t(113, lambda: m.release())
# scenario
m = m2 = None
b = mk(114, lambda: b'aa\x80\xc8\xff\x01\xff\x02\x01\x7f\x00\x7f')
m = mk(115, lambda: memoryview(b)[-2:-3:1])
t(116, lambda: bytearray(b))
t(117, lambda: m.contiguous)
t(118, lambda: b == b)
t(119, lambda: b.count(b'\x00\x01'))
t(120, lambda: b[-5])
t(121, lambda: b.count(97))
t(122, lambda: reversed(m) is None)
t(123, lambda: struct.unpack_from('@d1x', m, -2))
t(124, lambda: bytearray(m))
t(125, lambda: m.tolist())
# scenario
m = m2 = None
b = mk(126, lambda: array.array('h', [233]))
m = mk(127, lambda: memoryview(b))
m2 = mk(128, lambda: memoryview(m).cast('B').cast('e'))
t(129, lambda: struct.unpack_from('<s1B', b'\x00\xc8a\x01aaA\x01', -5))
t(130, lambda: struct.unpack('1ph', b'\xc8\xff\x80'))
t(131, lambda: imul(b, 0))
t(132, lambda: with_view(m))
t(133, lambda: m2[4:0].tobytes())
t(134, lambda: m2.cast('b', [2, 0]).tolist())
# scenario
m = m2 = None
b = mk(135, lambda: bytearray(b''))
m = mk(136, lambda: memoryview(b).cast(''))
m2 = mk(137, lambda: memoryview(b).cast('i'))
t(138, lambda: items(m2))
t(139, lambda: len(m))
t(140, lambda: m.tobytes())
t(141, lambda: setitem(m, slice(None, 3, 0), b'').tolist())
t(142, lambda: 255 in m)
# scenario
m = m2 = None
b = mk(143, lambda: b'')
m = mk(144, lambda: memoryview(b).cast('2i'))
t(145, lambda: hash(m) == hash(m.tobytes()))
t(146, lambda: m.cast('i').tolist())
t(147, lambda: m[...])
t(148, lambda: struct.unpack_from('=Ib3b', m))
t(149, lambda: 1 in m)
t(150, lambda: struct.unpack_from('<?', b'\xc4\x81\xb2\xd6', -6))
t(151, lambda: m.hex())
t(152, lambda: bytearray(b'+').join([m]))
# scenario
m = m2 = None
b = mk(153, lambda: array.array('h', [-126, -128, 32767, 32767, 32767, -196, 180, -48]))
m = mk(154, lambda: memoryview(b)[-10:7])
m2 = mk(155, lambda: memoryview(b).cast('B').cast('?'))
t(156, lambda: imul(b, 0))
t(157, lambda: struct.pack_into('>2sxe', m, 6, 's', True))
t(158, lambda: list(reversed(m)))
t(159, lambda: m[-6:-1].tolist())
t(160, lambda: m2.release())
t(161, lambda: b == array.array('d', b.tolist()))
# scenario
m = m2 = None
b = mk(162, lambda: array.array('l', [285, 9223372036854775807, 298, 9223372036854775807]))
m = mk(163, lambda: memoryview(b))
m2 = mk(164, lambda: memoryview(b).cast('B').cast(''))
t(165, lambda: m.cast('e').tolist())
t(166, lambda: m.tobytes())
t(167, lambda: struct.pack('@s', bytearray(b'xy')))
t(168, lambda: m2[()])
t(169, lambda: array.array('b', m))
t(170, lambda: m.nbytes)
t(171, lambda: m == b)
t(172, lambda: struct.unpack('cNp', m))
t(173, lambda: list(struct.iter_unpack('@3L', m)))
t(174, lambda: list(struct.iter_unpack('!2q1B1B', b'\x00')))
t(175, lambda: struct.unpack('=xI', b'aAa\xff\x00a\xc8\x02\x7f\x7fA\x00'))
t(176, lambda: m.obj is b)
# scenario
m = m2 = None
b = mk(177, lambda: array.array('d', [-0.0, -0.0, 0.1, -1e-310]))
m = mk(178, lambda: memoryview(b))
t(179, lambda: m.toreadonly().tolist())
t(180, lambda: struct.unpack('=Q?L', struct.pack('=Q?L', 284, None, 0)))
t(181, lambda: m[slice(None), 0])
t(182, lambda: b[-1:0])
t(183, lambda: b''.join([m, b'-', m]))
# scenario
m = m2 = None
b = mk(184, lambda: b'\xa8\xf6\xe8t')
m = mk(185, lambda: memoryview(b)[5::-1])
m2 = mk(186, lambda: memoryview(b))
t(187, lambda: setitem(m, (), 1.0).tolist())
t(188, lambda: m.__len__())
t(189, lambda: m.tobytes('X'))
t(190, lambda: b.index(1))
t(191, lambda: m.obj is b)
t(192, lambda: hash(m) == hash(m.tobytes()))
# scenario
m = m2 = None
b = mk(193, lambda: bytearray(b'\x01\xc8a\xc8\xc8A\x00\x00\x02\x01a\x02\x02\x02\x02\x01\x00A\x00\x80\xc8\x7f\x7f\x80'))
m = mk(194, lambda: memoryview(b))
m2 = mk(195, lambda: memoryview(b)[-17:-3])
t(196, lambda: m.hex(b'|'))
t(197, lambda: b.clear())
t(198, lambda: m2.obj is b)
t(199, lambda: m.hex(':'))
t(200, lambda: b.hex())
t(201, lambda: m.tobytes())
t(202, lambda: m.tolist())
t(203, lambda: int.from_bytes(m2, 'big'))
t(204, lambda: struct.calcsize('=B'))
t(205, lambda: b.hex(b'_', 3))
t(206, lambda: b.pop())
t(207, lambda: struct.unpack('>1QB', b'\xff\xc8\x80\x7f\xff'))
t(208, lambda: m.toreadonly().tolist())
t(209, lambda: list(struct.iter_unpack('=2x2L', m)))
