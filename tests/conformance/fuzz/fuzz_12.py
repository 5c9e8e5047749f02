# Written by tests/fuzz/gen.py --seed 12 --cases 200: regenerate it, do not edit it.
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
b = mk(1, lambda: bytearray(b'\x02\x80\x00\x7f\xc8a\xc8A\xff\x00\x02\xc8\x7f\x02\x7fA\x00A\x01\xff\x7f\x80\x01\x00'))
m = mk(2, lambda: memoryview(b))
t(3, lambda: bytearray(m))
t(4, lambda: struct.unpack_from('=p', b'\x1aW*\xcd\xd6\xf0\xf4\xc4\x0f*b\x85\xb6\xb9\xc5\x9e', -17))
t(5, lambda: m < memoryview(m.tobytes()).cast('B'))
t(6, lambda: items(m2))
t(7, lambda: items(m))
t(8, lambda: 85 in m)
t(9, lambda: m[...])
t(10, lambda: bytes(b))
t(11, lambda: struct.pack_into('<P', bytearray(10), -15, 4))
t(12, lambda: int.from_bytes(m, 'big'))
t(13, lambda: m[-9] == m[-12])
t(14, lambda: setitem(b, slice(13, 16, 2), b'\x17\x8e\xa8\xe3m\x91\x82\x0e\x01\rC\x88'))
t(15, lambda: bytearray(m))
t(16, lambda: m.cast('I', [24]).tolist())
# scenario
m = m2 = None
b = mk(17, lambda: bytearray(b'A'))
m = mk(18, lambda: memoryview(b).toreadonly())
m2 = mk(19, lambda: memoryview(m))
t(20, lambda: struct.pack_into('1b', m2, -1, 128))
t(21, lambda: m[1] == m[1])
t(22, lambda: struct.unpack('<1b', m))
t(23, lambda: m == array.array('i', [0]))
t(24, lambda: delitem(m2, -2))
t(25, lambda: setitem(m, (-2**64), 112).tolist())
t(26, lambda: struct.unpack('<2Q0s', m))
t(27, lambda: b.insert(0, 5))
t(28, lambda: list(reversed(m)))
t(29, lambda: reversed(m) is None)
# scenario
m = m2 = None
b = mk(30, lambda: array.array('q', [-174, 9223372036854775807, 174, 196, -16, -113]))
m = mk(31, lambda: memoryview(b).cast('B').cast('i', (4, 3, 1)))
t(32, lambda: delitem(b, slice(None, -8, -3)))
t(33, lambda: m == None)
t(34, lambda: struct.pack_into('2l', m, -4, -9223372036854775808, 210))
t(35, lambda: m.release())
t(36, lambda: items(m))
t(37, lambda: bytes(m))
t(38, lambda: struct.calcsize('=0B2e'))
t(39, lambda: reversed(m) is None)
t(40, lambda: m != m)
t(41, lambda: b.tolist())
# scenario
m = m2 = None
b = mk(42, lambda: array.array('w', 'axxzcxcc'))
m = mk(43, lambda: memoryview(b).toreadonly())
t(44, lambda: with_view(m))
t(45, lambda: m[-3:-7:0, 0])
t(46, lambda: bytearray(b))
t(47, lambda: m.f_contiguous)
t(48, lambda: m2.cast('h').tolist())
t(49, lambda: hash(m2) == hash(m2.tobytes()))
t(50, lambda: m == m2)
t(51, lambda: bytes(b))
t(52, lambda: m[:-8:2, 0])
t(53, lambda: items(m))
t(54, lambda: list(m))
# scenario
m = m2 = None
b = mk(55, lambda: bytearray(b'dz\xf8\xad\xb5\xcc\x9cE'))
m = mk(56, lambda: memoryview(b).cast('f'))
t(57, lambda: setitem(b, slice(-1, None), b''))
t(58, lambda: m[slice(None), 0])
t(59, lambda: m.cast('q').tolist())
t(60, lambda: m.hex('-'))
t(61, lambda: bytearray(b'+').join([m]))
t(62, lambda: struct.pack_into('<H0H', bytearray(17), -17, 65536, 1))
# scenario
m = m2 = None
b = mk(63, lambda: bytearray(b'\x02\x00\x80a\x00\xc8\x80\x7f\x80\x01\x01\xff\xff\xc8\xff\xff'))
m = mk(64, lambda: memoryview(b)[:7:])
m2 = mk(65, lambda: memoryview(b)[0:])
t(66, lambda: setitem(b, slice(None, -17, -2), b'\x01\x00\x01\x02'))
t(67, lambda: m[2**63] == m[17])
t(68, lambda: b.extend([]))
t(69, lambda: reversed(m2) is None)
t(70, lambda: len(m))
t(71, lambda: bytearray(m))
t(72, lambda: memoryview(m).tolist())
t(73, lambda: memoryview(m).tolist())
t(74, lambda: delitem(m, 1))
t(75, lambda: m.cast('B').tolist())
t(76, lambda: delitem(m, -15))
t(77, lambda: struct.unpack('<Hb3h', b'\x00\x80A\x7f\x7f'))
# scenario
m = m2 = None
b = mk(78, lambda: bytearray(b'\xc8AA\x01\x01\xc8\xc8\x02'))
m = mk(79, lambda: memoryview(b)[3:1:3])
t(80, lambda: bytearray(b'+').join([m]))
t(81, lambda: m[3])
t(82, lambda: m.hex())
t(83, lambda: list(struct.iter_unpack('1pH', m)))
t(84, lambda: struct.unpack_from('>?', b'\x02\x00', -13))
t(85, lambda: m.__len__())
t(86, lambda: struct.pack('3s2f', 's', 65520.0, 1e300))
t(87, lambda: int.from_bytes(m, 'little'))
t(88, lambda: bytearray(b'+').join([m]))
t(89, lambda: bytearray(m))
t(90, lambda: setitem(b, -9, 0))
t(91, lambda: m[7])
t(92, lambda: struct.pack_into('<s', m, 8, b'S\xcf\r\xab'))
t(93, lambda: setitem(m, 1, 86).tolist())
# scenario
m = m2 = None
b = mk(94, lambda: bytearray(b'\x80'))
m = mk(95, lambda: memoryview(b))
t(96, lambda: struct.pack('L', 0))
t(97, lambda: m.release())
t(98, lambda: array.array('d', m))
t(99, lambda: list(struct.iter_unpack('=b2hf', b'aA\x00\x00A\x7f\xc8\x80\xff\x7f\x02\x02')))
t(100, lambda: b.clear())
t(101, lambda: hash(m) == hash(m.tobytes()))
t(102, lambda: m != None)
t(103, lambda: b.count(0))
t(104, lambda: setitem(b, '0', 255))
# scenario
m = m2 = None
b = mk(105, lambda: b'\x01\x01\xff\x7f\xc8\x02\x02\x02\xc8\x7f\x80\x01')
m = mk(106, lambda: memoryview(b).cast('h'))
t(107, lambda: bool(m))
t(108, lambda: len(m))
t(109, lambda: struct.unpack('=0ebB', b'\x00'))
t(110, lambda: bytearray(m))
# scenario
m = m2 = None
b = mk(111, lambda: array.array('Q', [246, 219]))
m = mk(112, lambda: memoryview(b).toreadonly())
t(113, lambda: len(m))
t(114, lambda: struct.unpack('@0i', b'\x01A\x02\x02'))
t(115, lambda: b)
t(116, lambda: struct.unpack_from('3nn3h', m, 2))
t(117, lambda: struct.pack_into('@1hhf', bytearray(7), 5, 1, 1))
t(118, lambda: struct.unpack_from('!2p', m2))
t(119, lambda: m[-5::-3].tolist())
t(120, lambda: m.tolist())
t(121, lambda: hash(m2) == hash(m2.tobytes()))
t(122, lambda: m[-4:5:-3].tolist())
# scenario
m = m2 = None
b = mk(123, lambda: array.array('f', [-2.25, 1e10, -2.25]))
m = mk(124, lambda: memoryview(b).cast('B').cast('H', [6, 1]))
m2 = mk(125, lambda: memoryview(b)[:4:-3])
t(126, lambda: m.cast('N').tolist())
t(127, lambda: list(struct.iter_unpack('@NL', m2)))
t(128, lambda: b''.join([m, b'-', b]))
t(129, lambda: m2.hex(':'))
t(130, lambda: struct.unpack_from('<Iic', b'\xc8\x00\x7f\x01\x00\x02a\xc8\x02\x02\xc8\x7f', -2))
t(131, lambda: m2.hex(' ', 0))
t(132, lambda: m.release())
t(133, lambda: m.cast('Q', [0]).tolist())
t(134, lambda: b[:6])
# scenario
m = m2 = None
b = mk(135, lambda: bytearray(b't"'))
m = mk(136, lambda: memoryview(b))
t(137, lambda: m.f_contiguous)
t(138, lambda: b[2:-3:-2])
t(139, lambda: struct.unpack_from('>3h0h', b'\x94\xeb\x83', -5))
t(140, lambda: bytearray(b'+').join([m]))
t(141, lambda: m[0::3].tolist())
t(142, lambda: b[-3:4:1])
t(143, lambda: b''.join([m, b'-', b]))
t(144, lambda: b.pop())
t(145, lambda: delitem(m, 0))
t(146, lambda: iadd(b, m))
t(147, lambda: bool(m))
t(148, lambda: m[...] == m[1])
t(149, lambda: setitem(b, slice(-2, None), b'\x00\x01A\xff'))
# scenario
m = m2 = None
b = mk(150, lambda: array.array('l', [9223372036854775807, -92, 9223372036854775807, 261, 113, 65]))
m = mk(151, lambda: memoryview(b).cast('B').cast('l', (1, 6)))
m2 = mk(152, lambda: memoryview(m))
t(153, lambda: m2[slice(None), 0])
t(154, lambda: b.append(116))
t(155, lambda: bytearray(b))
t(156, lambda: b''.join([m2, b'-', m]))
t(157, lambda: struct.pack('>Q3c', 132, b'a', b'\xff', 97))
t(158, lambda: m.tobytes())
t(159, lambda: list(struct.iter_unpack('!p', b'\x02\xd9\xb8`\x05\xad\xa1\x17\x0f\xb0\xd4\xe9\xfc\n\xeb\xde')))
t(160, lambda: hash(m) == hash(m.tobytes()))
t(161, lambda: list(m))
t(162, lambda: b.remove(101))
t(163, lambda: list(struct.iter_unpack('!p2s', m)))
t(164, lambda: m < m2)
t(165, lambda: m.hex())
# scenario
m = m2 = None
b = mk(166, lambda: bytearray(b'\x01\xffAa\xff\xc8'))
m = mk(167, lambda: memoryview(b))
t(168, lambda: m.cast('<i').tolist())
t(169, lambda: hash(m) == hash(m.tobytes()))
t(170, lambda: reversed(m) is None)
t(171, lambda: b.reverse())
t(172, lambda: setitem(b, 1, 0))
# scenario
m = m2 = None
b = mk(173, lambda: b'\x7f')
m = mk(174, lambda: memoryview(b).cast('I'))
m2 = mk(175, lambda: memoryview(b).toreadonly())
t(176, lambda: m2.release())
t(177, lambda: b.count(b'a'))
t(178, lambda: bytearray(b'+').join([m]))
t(179, lambda: m.hex(':'))
t(180, lambda: m[1] == m[-3])
t(181, lambda: struct.calcsize('!d'))
t(182, lambda: 256 in m)
t(183, lambda: b[1])
t(184, lambda: m.strides)
# scenario
m = m2 = None
b = mk(185, lambda: b'\x01a\xc8\xc8A\x01a\xc8\x7fa\x80\x00')
m = mk(186, lambda: memoryview(b).cast('x'))
t(187, lambda: list(struct.iter_unpack('<q', m)))
t(188, lambda: bytes(m2))
t(189, lambda: len(b))
t(190, lambda: m.shape)
t(191, lambda: setitem(m, 1, 0).tolist())
t(192, lambda: bytearray(b))
t(193, lambda: struct.pack('2H', 65536, 216, 1))
t(194, lambda: m2[-7:-11].tolist())
# scenario
m = m2 = None
b = mk(195, lambda: bytearray(b'[\xa2\x9e687\x96\xf48\xb34\x08_\xab\xb3\x96'))
m = mk(196, lambda: memoryview(b))
t(197, lambda: m2[-3, 1, -3])
t(198, lambda: struct.pack('1Q0Q1?', 14))
t(199, lambda: struct.unpack_from('!fI', b'a', 1))
t(200, lambda: m.hex(' ', 3))
t(201, lambda: list(reversed(m2)))
t(202, lambda: b.pop())
t(203, lambda: m.hex())
t(204, lambda: m[()])
t(205, lambda: struct.unpack_from('!d', m))
t(206, lambda: reversed(m) is None)
t(207, lambda: bytearray(b'+').join([m]))
t(208, lambda: m2.strides)
t(209, lambda: struct.pack_into('2c', bytearray(5), -13, b'', b'\xff'))
t(210, lambda: hash(m) == hash(m.tobytes()))
