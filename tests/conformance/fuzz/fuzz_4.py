# Written by tests/fuzz/gen.py --seed 4 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\xc8'))
m = mk(2, lambda: memoryview(b).cast('s'))
t(3, lambda: setitem(m, (-4), 13).tolist())
t(4, lambda: bytearray(b))
t(5, lambda: b == array.array('b', [1]))
t(6, lambda: m[slice(None), 0])
# scenario
m = m2 = None
b = mk(7, lambda: bytearray(b'\x99\x03\x95\x9fc\xd3'))
m = mk(8, lambda: memoryview(b)[5:])
t(9, lambda: setitem(m, (2), 255).tolist())
t(10, lambda: struct.pack('=f', float('inf')))
t(11, lambda: struct.pack_into('!iL1l', m, -4, -216, 18446744073709551616, 0, 1))
t(12, lambda: struct.unpack('=b1Hl', struct.pack('=b1Hl', -47, 4, 165)))
# scenario
m = m2 = None
b = mk(13, lambda: bytearray(b'\xc8A\x80A\x01\x00'))
m = mk(14, lambda: memoryview(b).cast('H'))
t(15, lambda: m.tobytes())
t(16, lambda: list(reversed(m)))
t(17, lambda: struct.unpack('H1N', b''))
t(18, lambda: bytearray(m))
t(19, lambda: b.remove(255))
t(20, lambda: m[slice(None), 0])
t(21, lambda: b.clear())
t(22, lambda: list(struct.iter_unpack('d1d', b'')))
t(23, lambda: m.cast('H', [3, 1]).tolist())
t(24, lambda: struct.unpack_from('=3HI1Q', m, -2))
t(25, lambda: struct.unpack('>H2Q0?', struct.pack('>H2Q0?', 0, 36893488147419103237, 1)))
t(26, lambda: m[-6:-2].tobytes())
# scenario
m = m2 = None
b = mk(27, lambda: array.array('w', 'ycy'))
m = mk(28, lambda: memoryview(b))
t(29, lambda: struct.unpack('=2I?q', m))
t(30, lambda: b.frombytes(b''))
t(31, lambda: int.from_bytes(m, byteorder='little', signed=True))
t(32, lambda: setitem(m, slice(6, 0), b).tolist())
t(33, lambda: list(m))
t(34, lambda: m[1:6:-2].tolist())
t(35, lambda: struct.unpack_from('0PL', b'', -20))
t(36, lambda: m2.ndim)
t(37, lambda: b.insert(-4, ''))
t(38, lambda: m != b'\x00\x00\x7f')
t(39, lambda: struct.pack_into('<0q', bytearray(3), -15))
t(40, lambda: b < array.array('B', ['a']))
# scenario
m = m2 = None
b = mk(41, lambda: b'Aa\x80A\xc8Aa\x7fA\x7f\xff\xff\xc8\x80\xff\x80')
m = mk(42, lambda: memoryview(b))
m2 = mk(43, lambda: memoryview(m)[::17])
t(44, lambda: b == b'\x02\xff\x01\xc8\x7fa\x01a')
t(45, lambda: m.toreadonly().readonly)
t(46, lambda: b[True])
t(47, lambda: m[4, 3, 3])
t(48, lambda: m[:-12].tobytes())
t(49, lambda: list(struct.iter_unpack('<3h3?e', b'\x00')))
t(50, lambda: bytearray(b))
t(51, lambda: m[11:5].tobytes())
t(52, lambda: struct.calcsize('x?'))
t(53, lambda: len(m))
t(54, lambda: -2**63 - 1 in m)
t(55, lambda: bool(m))
t(56, lambda: b == b)
# scenario
m = m2 = None
b = mk(57, lambda: array.array('l', [220, -70, 210, -43]))
m = mk(58, lambda: memoryview(b))
t(59, lambda: b['0'])
t(60, lambda: struct.unpack('>2L', b'\x02\x00\xc8\xff\xff'))
t(61, lambda: b.buffer_info()[1])
t(62, lambda: m.hex())
t(63, lambda: m.obj is b)
t(64, lambda: b[7:1:1])
t(65, lambda: b.insert(-6, -9223372036854775809))
t(66, lambda: m[7:-2:-1].tobytes())
t(67, lambda: struct.unpack('=1h', b'\xff'))
# scenario
m = m2 = None
b = mk(68, lambda: bytearray(b'\x80\x7f\x02A\x00\xc8'))
m = mk(69, lambda: memoryview(b))
t(70, lambda: with_view(m))
t(71, lambda: struct.unpack('!H2Ib', b'\x02\x7f\x01\x02'))
t(72, lambda: setitem(m2, 7, 517).tolist())
t(73, lambda: m[::1].tobytes())
t(74, lambda: b.append(256))
t(75, lambda: struct.pack_into('3b3h0x', bytearray(5), 1, -111, 0, -1, -32769, -80, -246))
t(76, lambda: struct.unpack('@P0H1?', b'\x7f\x7f\x80\x80\x00\x00\x02\x02\x7fAaA\x7fA\x7f\x80'))
t(77, lambda: m[:8, 0])
# scenario
m = m2 = None
b = mk(78, lambda: b'\xa4\xfe\x15\x9c')
m = mk(79, lambda: memoryview(b))
t(80, lambda: items(m))
t(81, lambda: struct.unpack('nB2l', m))
t(82, lambda: 31 in m2)
t(83, lambda: m.toreadonly().readonly)
t(84, lambda: struct.unpack_from('!N', m))
t(85, lambda: memoryview(m).tolist())
# scenario
m = m2 = None
b = mk(86, lambda: b'A\x80')
m = mk(87, lambda: memoryview(b))
t(88, lambda: list(struct.iter_unpack('>q2L2c', m)))
t(89, lambda: m[-4::3].tolist())
t(90, lambda: struct.pack_into('>2c', bytearray(11), 7, b'a', bytearray(b'z')))
t(91, lambda: setitem(m2, 0, 143).tolist())
t(92, lambda: setitem(m, ..., 256).tolist())
t(93, lambda: struct.unpack_from('=n', b'\xdd(\xd9\x10\x91', -14))
t(94, lambda: b[-2:-4:])
t(95, lambda: struct.unpack('<1sb3s', struct.pack('<1sb3s', b'\xff\xff', -128, 1)))
t(96, lambda: m.f_contiguous)
# scenario
m = m2 = None
b = mk(97, lambda: array.array('B', [0, 139, 217, 183]))
m = mk(98, lambda: memoryview(b))
m2 = mk(99, lambda: memoryview(m)[:-5:5])
t(100, lambda: m2[2:4:0].tolist())
t(101, lambda: struct.pack('0l3L', 1, 188, -1))
t(102, lambda: b.tolist())
t(103, lambda: list(m2))
# scenario
m = m2 = None
b = mk(104, lambda: b'\x02\x17\x01[r}')
m = mk(105, lambda: memoryview(b)[3:])
t(106, lambda: m.tobytes())
t(107, lambda: len(m))
t(108, lambda: list(struct.iter_unpack('<q', m)))
t(109, lambda: m.obj is b)
t(110, lambda: reversed(m) is None)
t(111, lambda: m != m.tolist())
t(112, lambda: b == b'\x7f')
t(113, lambda: struct.unpack_from('>3eq', b'a\x01', -10))
# scenario
m = m2 = None
b = mk(114, lambda: bytearray(range(3)))
m = mk(115, lambda: memoryview(b).cast('N'))
t(116, lambda: m.ndim)
t(117, lambda: struct.unpack('0s', b'aA\x02\x7f\x7f'))
t(118, lambda: m.cast('N', []).tolist())
t(119, lambda: b.remove(b''))
t(120, lambda: b.extend(m))
t(121, lambda: delitem(b, -5))
t(122, lambda: int.from_bytes(m, 'big'))
t(123, lambda: m[-3:].tolist())
t(124, lambda: m.cast('q', []).tolist())
t(125, lambda: m == m)
t(126, lambda: len(b))
# scenario
m = m2 = None
b = mk(127, lambda: bytearray(b'\x01\x02\xc8\x80\xff\x80\x01\x02\x02\x00\x02\xc8'))
m = mk(128, lambda: memoryview(b)[0:-4:-3])
m2 = mk(129, lambda: memoryview(m).cast('B'))
t(130, lambda: struct.pack_into('>2h', bytearray(6), 9, 1.5, 1))
t(131, lambda: m.cast('c').tolist())
t(132, lambda: setitem(m, slice(None, 6), m).tolist())
t(133, lambda: list(struct.iter_unpack('<3dfI', b'\x9a\x04Q\xc4Z\xc4\xf6[\x10\xa3p|\xccUa\xf0')))
t(134, lambda: b.insert(0, 5))
t(135, lambda: bytearray(m))
t(136, lambda: m.__len__())
t(137, lambda: len(b))
t(138, lambda: setitem(b, 12, 0))
# scenario
m = m2 = None
b = mk(139, lambda: bytes(8))
m = mk(140, lambda: memoryview(b))
t(141, lambda: bool(m))
t(142, lambda: m['a'])
t(143, lambda: m.tolist())
t(144, lambda: 128 in m)
# scenario
m = m2 = None
b = mk(145, lambda: array.array('d', [65520.0, 1e300, 1e10, 1e10, float('nan'), -1e-310]))
m = mk(146, lambda: memoryview(b).cast('B').cast('H'))
t(147, lambda: m.cast('b').tolist())
t(148, lambda: struct.unpack('<0H1xe', b'\x00\x01'))
t(149, lambda: m[2] == m[...])
t(150, lambda: b[0])
t(151, lambda: list(m))
t(152, lambda: m == array.array('d', [2, 5]))
# scenario
m = m2 = None
b = mk(153, lambda: b'\xffAa\xff\x80a\xff\xc8\xff\x7f\x00\x7f\xc8\x7f\xff\x7f\x02AA\x7f\x01a\x80\xc8')
m = mk(154, lambda: memoryview(b).cast('Q'))
t(155, lambda: struct.pack('>1I', 51))
t(156, lambda: m.tolist())
t(157, lambda: m < b'\x00')
t(158, lambda: struct.pack_into('<h', m, 3))
t(159, lambda: m['a'])
t(160, lambda: delitem(m, -4))
t(161, lambda: setitem(m, slice(None, None), [1, 2]).tolist())
t(162, lambda: m.toreadonly().readonly)
t(163, lambda: m.cast('n').tolist())
t(164, lambda: len(b))
# scenario
m = m2 = None
b = mk(165, lambda: bytearray(b'\xff\xc8\x7f\x00\xffA\x02\x80a\x7f\xc8\x00a\x02\x80A'))
m = mk(166, lambda: memoryview(b)[-13:7])
m2 = mk(167, lambda: memoryview(m).cast('?'))
t(168, lambda: b[-9])
t(169, lambda: m[-9:-9, 0])
t(170, lambda: setitem(m, -13, 517).tolist())
t(171, lambda: b[11])
t(172, lambda: struct.unpack('=1b', b'\xff\xc8aa\x7fAaA\xc8A\xffA'))
t(173, lambda: struct.unpack('PI', b''))
t(174, lambda: bytearray(b'+').join([m2]))
t(175, lambda: items(m))
t(176, lambda: b.pop())
t(177, lambda: memoryview(m).tolist())
t(178, lambda: m[True])
t(179, lambda: m[-1])
t(180, lambda: m[...])
t(181, lambda: struct.unpack_from('@1L', m, 0))
# scenario
m = m2 = None
b = mk(182, lambda: array.array('l', [217, 9223372036854775807]))
m = mk(183, lambda: memoryview(b).cast('B').cast('?', [8, 2]))
t(184, lambda: b''.join([m2, b'-', b'z']))
t(185, lambda: b < array.array('b', [9223372036854775808]))
t(186, lambda: reversed(m2) is None)
t(187, lambda: bool(m))
t(188, lambda: struct.unpack('>d1b', b''))
t(189, lambda: int.from_bytes(m, 'big', signed=True))
t(190, lambda: m.toreadonly().readonly)
t(191, lambda: [] in m)
# scenario
m = m2 = None
b = mk(192, lambda: array.array('w', 'c'))
m = mk(193, lambda: memoryview(b).cast('B').cast('d'))
m2 = mk(194, lambda: memoryview(m))
t(195, lambda: m.hex(':', 3))
t(196, lambda: m.hex(1))
t(197, lambda: b == m)
t(198, lambda: bytes(m2))
t(199, lambda: m.toreadonly().readonly)
t(200, lambda: b.remove(1))
