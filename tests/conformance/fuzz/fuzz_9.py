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
b = mk(1, lambda: bytearray(b'_\x03\xad\xed)\xab\x14\xc2'))
m = mk(2, lambda: memoryview(b).cast('n'))
t(3, lambda: b''.join([m, b'-', b'z']))
t(4, lambda: m[-3] == m[1.0])
t(5, lambda: b.clear())
t(6, lambda: list(struct.iter_unpack('Ic', b'')))
t(7, lambda: array.array('b', m))
t(8, lambda: m.f_contiguous)
# scenario
m = m2 = None
b = mk(9, lambda: b'A\x7f\x00\x01')
m = mk(10, lambda: memoryview(b).cast('B'))
t(11, lambda: with_view(m))
t(12, lambda: b.hex(':'))
t(13, lambda: m.tobytes())
t(14, lambda: m.toreadonly().readonly)
t(15, lambda: struct.unpack_from('>cQ2h', b'', 7))
t(16, lambda: b.hex(b'_', 3))
t(17, lambda: len(b))
# scenario
m = m2 = None
b = mk(18, lambda: array.array('B', [255, 205, 9, 168, 57, 227, 45, 145]))
m = mk(19, lambda: memoryview(b).cast('@i'))
t(20, lambda: m[0:1, 0:1])
t(21, lambda: reversed(m) is None)
t(22, lambda: m.cast('L').tolist())
t(23, lambda: struct.unpack('@0c', m))
t(24, lambda: m.f_contiguous)
t(25, lambda: list(m))
t(26, lambda: memoryview(m).tolist())
t(27, lambda: setitem(m, ..., 142).tolist())
t(28, lambda: m.cast('f').tolist())
t(29, lambda: b[-6])
# scenario
m = m2 = None
b = mk(30, lambda: array.array('w', ['z', 'b', '\u20ac', 'z', '\u20ac', 'a', 'a', '\u20ac']))
m = mk(31, lambda: memoryview(b).cast('B').cast('c'))
t(32, lambda: m.cast('d').tolist())
t(33, lambda: 97 in m)
t(34, lambda: struct.unpack('>2e', struct.pack('>2e', 1.5, -1e-310, 1)))
t(35, lambda: array.array('d', m))
t(36, lambda: bool(m))
t(37, lambda: m < bytearray(b'\xb5'))
t(38, lambda: b.append('\u20ac'))
# scenario
m = m2 = None
b = mk(39, lambda: b'\x1a=&*')
m = mk(40, lambda: memoryview(b)[0:-4])
t(41, lambda: list(struct.iter_unpack('=x0s', m)))
t(42, lambda: 517 in m)
t(43, lambda: struct.pack('>?0c', b''))
t(44, lambda: struct.unpack('@x', b'\x7f\xc8\x7f'))
t(45, lambda: struct.unpack('=b', struct.pack('=b', 105)))
t(46, lambda: m[-2, 0])
t(47, lambda: b[True])
# scenario
m = m2 = None
b = mk(48, lambda: bytearray(b'\x80A\xff\x7f\x01\x00\xff\x80\xc8A\x7f\xff\xff\x01\xc8\x00'))
m = mk(49, lambda: memoryview(b).cast('d', [2, 1, 1]))
t(50, lambda: m2.toreadonly().tolist())
t(51, lambda: struct.unpack('@1L', m))
t(52, lambda: list(reversed(m2)))
t(53, lambda: struct.pack_into('x2P', bytearray(13), 9, None, 73))
t(54, lambda: struct.unpack('3qsf', struct.pack('3qsf', -110, -9223372036854775808, 48, 1, 3, 1)))
t(55, lambda: m != 1)
t(56, lambda: m[-2**64])
t(57, lambda: bytearray(b'+').join([m]))
t(58, lambda: struct.unpack('!0?QQ', struct.pack('!0?QQ', 92, 36893488147419103237)))
t(59, lambda: struct.calcsize('>1s'))
# scenario
m = m2 = None
b = mk(60, lambda: bytearray(b'\x07'))
m = mk(61, lambda: memoryview(b).cast('?'))
m2 = mk(62, lambda: memoryview(b).cast('B').cast('Q'))
t(63, lambda: m[-2])
t(64, lambda: setitem(m, -2**64, None).tolist())
t(65, lambda: struct.pack_into('3nnc', m, -2, 1, -104, 9223372036854775808, -1, b'', 1))
t(66, lambda: setitem(m, (), []).tolist())
t(67, lambda: m.tobytes('A'))
t(68, lambda: b.reverse())
t(69, lambda: b.clear())
t(70, lambda: m.hex())
t(71, lambda: struct.unpack('<h0B1L', b''))
t(72, lambda: m[3:].tolist())
t(73, lambda: m.f_contiguous)
t(74, lambda: memoryview(m2).tolist())
t(75, lambda: struct.unpack('2e', m))
t(76, lambda: b.count(b''))
# scenario
m = m2 = None
b = mk(77, lambda: array.array('H', [243, 65535]))
m = mk(78, lambda: memoryview(b))
t(79, lambda: struct.pack_into('0n', m, 1))
t(80, lambda: m2[None])
t(81, lambda: b.fromlist([59]))
t(82, lambda: setitem(m2, (), 0).tolist())
t(83, lambda: list(struct.iter_unpack('@h0x2L', b'\x7f\x7f\x02\x02\x7f\x7f\x7f\xc8\x01\x7fa\x01')))
t(84, lambda: struct.unpack('!0Q', b'A'))
t(85, lambda: list(m))
t(86, lambda: m[-4])
t(87, lambda: setitem(m, ..., 148).tolist())
t(88, lambda: b.append(65535))
t(89, lambda: bytearray(b))
# scenario
m = m2 = None
b = mk(90, lambda: array.array('B', []))
m = mk(91, lambda: memoryview(b))
t(92, lambda: m2[-1:4].tolist())
t(93, lambda: struct.calcsize('0h2x1s'))
t(94, lambda: m.toreadonly().readonly)
t(95, lambda: m.release())
t(96, lambda: m.obj is b)
t(97, lambda: m['a'])
t(98, lambda: m.hex(':', -5))
t(99, lambda: m < m.tolist())
# scenario
m = m2 = None
b = mk(100, lambda: array.array('d', [-1e-310, float('inf')]))
m = mk(101, lambda: memoryview(b)[-1::2])
t(102, lambda: m.hex(b'.', 4))
t(103, lambda: len(m2))
t(104, lambda: m.cast('H').tolist())
t(105, lambda: setitem(m, (0), 65520.0).tolist())
t(106, lambda: b == m.tobytes())
t(107, lambda: struct.pack_into('>H2l1b', m, 4, b'x', -1, -204, 35, 1))
t(108, lambda: setitem(m, (-4), 1e300).tolist())
t(109, lambda: bytearray(b))
# scenario
m = m2 = None
b = mk(110, lambda: b'')
m = mk(111, lambda: memoryview(b).cast('h'))
t(112, lambda: m.tobytes(None))
t(113, lambda: struct.unpack('3p', m))
t(114, lambda: items(m2))
t(115, lambda: list(m))
t(116, lambda: 2**64 in m2)
t(117, lambda: m[0])
t(118, lambda: m[()])
t(119, lambda: m.tobytes())
t(120, lambda: m.hex())
t(121, lambda: struct.unpack('@e', b'\xcbo\x95\xca\xa1\xb4Ne'))
t(122, lambda: m.tobytes('A'))
t(123, lambda: b.hex())
t(124, lambda: bytes(b))
# scenario
m = m2 = None
b = mk(125, lambda: array.array('l', [248, -191, -107, 281, -172, 9223372036854775807]))
m = mk(126, lambda: memoryview(b)[:3])
t(127, lambda: bytes(m))
t(128, lambda: setitem(m2, (), 185).tolist())
t(129, lambda: struct.unpack_from('1nq', b'\x80\x7f\xc8\x00\x7fAA\x01\x80\x7f\x80\x01\x7f\x80\xc8A', 8))
t(130, lambda: m.cast('L', [6]).tolist())
t(131, lambda: struct.pack('<1l1H', 0, 189))
t(132, lambda: list(m))
t(133, lambda: m.hex(b'.', -2))
t(134, lambda: list(struct.iter_unpack('!qh2B', m2)))
t(135, lambda: m[3:].tobytes())
# scenario
m = m2 = None
b = mk(136, lambda: array.array('l', []))
m = mk(137, lambda: memoryview(b))
m2 = mk(138, lambda: memoryview(b))
t(139, lambda: setitem(m, (-5), 12).tolist())
t(140, lambda: m.toreadonly().readonly)
t(141, lambda: m[3, 2])
t(142, lambda: b.remove(-194))
t(143, lambda: struct.unpack_from('d2x3b', b'', 6))
t(144, lambda: m.hex(b'.', 0))
t(145, lambda: m.tobytes(order='F'))
t(146, lambda: m.tobytes(None))
t(147, lambda: m2.toreadonly().readonly)
t(148, lambda: int.from_bytes(m, 'little'))
t(149, lambda: m[4:].tolist())
# scenario
m = m2 = None
b = mk(150, lambda: bytes(8))
m = mk(151, lambda: memoryview(b).cast('<i'))
m2 = mk(152, lambda: memoryview(m).cast('q'))
t(153, lambda: struct.calcsize('!B'))
t(154, lambda: delitem(b, -3))
t(155, lambda: len(m))
t(156, lambda: setitem(m, slice(4, 0, 1), bytearray(b'\xc8\xc8\xff\x7fA')).tolist())
t(157, lambda: b == m.tobytes())
# scenario
m = m2 = None
b = mk(158, lambda: array.array('q', [197, 161]))
m = mk(159, lambda: memoryview(b))
t(160, lambda: b.reverse())
t(161, lambda: bool(m))
t(162, lambda: list(struct.iter_unpack('0s', b'\x02\x00')))
t(163, lambda: struct.unpack('!?', struct.pack('!?', [])))
t(164, lambda: m[2] == m[-1])
t(165, lambda: b''.join([m, b'-', b'z']))
t(166, lambda: list(m))
t(167, lambda: list(struct.iter_unpack('B3b0Q', m)))
t(168, lambda: m < m)
t(169, lambda: m.cast('l', [2, 1]).tolist())
t(170, lambda: m[-4])
# scenario
m = m2 = None
b = mk(171, lambda: bytearray(b''))
m = mk(172, lambda: memoryview(b))
t(173, lambda: m.obj is b)
t(174, lambda: b.reverse())
t(175, lambda: struct.pack('<f3fi', float('inf'), float('nan'), 2**70, float('nan'), -210))
t(176, lambda: m.hex())
t(177, lambda: m[4:4].tolist())
t(178, lambda: struct.pack('=iB3c', -2147483649, 236, b'', bytearray(b'z'), b''))
t(179, lambda: b.extend(m))
t(180, lambda: b.index(b'a'))
t(181, lambda: m.hex(b'.', 3))
t(182, lambda: b == array.array('b', [1]))
t(183, lambda: b.append(1))
t(184, lambda: m[-1])
# scenario
m = m2 = None
b = mk(185, lambda: array.array('w', ['a', '\u20ac', 'z', 'a', 'b', 'b', 'z', 'z']))
m = mk(186, lambda: memoryview(b).cast('B').cast('q'))
m2 = mk(187, lambda: memoryview(b))
t(188, lambda: b.remove(1))
t(189, lambda: bytes(b))
t(190, lambda: struct.pack_into('>3b', m, -1, b'', 1, 'a'))
t(191, lambda: struct.pack_into('<2c1ch', m, 0, 97, 97, 97, -32768))
t(192, lambda: m.format)
t(193, lambda: struct.unpack_from('@2c', b'\x00a', -19))
t(194, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(195, lambda: array.array('h', [196, -55, -32768, -140, -32768, -45]))
m = mk(196, lambda: memoryview(b).cast('B').cast('b', [2, 6]))
t(197, lambda: m.obj is b)
t(198, lambda: b.tobytes())
t(199, lambda: struct.unpack_from('>3b', b'\xc8\x01A\x01\x01', -7))
t(200, lambda: b.fromlist([32768]))
t(201, lambda: b.index(1))
t(202, lambda: -83 in m)
t(203, lambda: bool(m2))
t(204, lambda: b.append(2**64))
t(205, lambda: m[()])
t(206, lambda: m[...])
t(207, lambda: b.extend(b))
t(208, lambda: struct.unpack_from('!3d0x', m, -1))
