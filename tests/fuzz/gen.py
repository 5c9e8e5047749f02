#!/usr/bin/env python3
"""Writes random minipy-subset programs over bytes, bytearray, array.array, memoryview and struct.

    tests/fuzz/gen.py --seed S --count N [--cases K] [--out DIR]

writes DIR/fuzz_S.py ... DIR/fuzz_<S+N-1>.py (default DIR: ./fuzz-out). Program i depends only on its seed
S+i, so any program can be written again alone. Each program is a prelude of helpers and then scenarios:
a scenario builds an exporter `b` and views `m`, `m2` and applies random operations, one a line, each
through `t(n, lambda: ...)`, which prints the case number and the result or `type(e).__name__: message`.
Nothing printed depends on addresses, ids or str/bytes hashes, so CPython and minipy must agree line
for line. Plain Python 3; no dependency.
"""

import argparse
import os
import random

PRELUDE = '''\
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

'''

NATIVE_SIZE = {'B': 1, 'b': 1, 'c': 1, '?': 1, 'h': 2, 'H': 2, 'e': 2, 'i': 4, 'I': 4, 'f': 4,
               'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'P': 8, 'd': 8}
STANDARD_SIZE = {'B': 1, 'b': 1, 'c': 1, '?': 1, 'h': 2, 'H': 2, 'e': 2, 'i': 4, 'I': 4, 'f': 4,
                 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'd': 8, 'x': 1, 's': 1, 'p': 1}
CAST_FORMATS = list(NATIVE_SIZE)
BAD_CAST_FORMATS = ['<i', '>h', '=B', 'x', '2i', 'Z', '', 'ii', 's', 'u', 'w', '@B', '@i', 'BB', '!d']
TYPECODES = ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', 'w']
ARRAY_SIZE = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
              'f': 4, 'd': 8, 'w': 4}
INT_RANGE = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
             'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1),
             'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1), 'n': (-2**63, 2**63 - 1), 'N': (0, 2**64 - 1),
             'P': (0, 2**64 - 1)}
FLOATS = ['0.0', '-0.0', '1.5', '-2.25', '0.1', '1e10', '65504.0', '65520.0', '1e300', '-1e-310',
          "float('inf')", "float('-inf')", "float('nan')", '3', 'True', '2**70']
ODD_VALUES = ["'a'", 'None', '1.5', "b'x'", '[1]', '()', "b''", '2**64', '-2**63 - 1', "bytearray(b'q')"]


class Gen:
    def __init__(self, seed, cases):
        self.seed = seed
        self.r = random.Random(seed)
        self.cases = cases
        self.n = 0
        self.lines = []

    # ---- helpers -------------------------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def case(self, expr):
        self.n += 1
        self.lines.append('t(%d, lambda: %s)' % (self.n, expr))

    def make(self, name, expr):
        self.n += 1
        self.lines.append('%s = mk(%d, lambda: %s)' % (name, self.n, expr))

    def small_int(self, lo=-12, hi=12):
        return self.r.randint(lo, hi)

    def byte_values(self, n):
        if self.chance(0.3):
            return [self.r.randint(0, 255) for _ in range(n)]
        return [self.r.choice([0, 1, 2, 65, 97, 127, 128, 200, 255]) for _ in range(n)]

    def bytes_lit(self, n=None):
        if n is None:
            n = self.r.choice([0, 1, 2, 3, 4, 5, 8, 12, 16])
        return repr(bytes(self.byte_values(n)))

    def int_for(self, code):
        lo, hi = INT_RANGE[code]
        roll = self.r.random()
        if roll < 0.5:
            return str(self.r.randint(max(lo, -300), min(hi, 300)))
        if roll < 0.75:
            return str(self.pick([lo, hi, 0, 1, -1 if lo < 0 else 1]))
        if roll < 0.9:
            return str(self.pick([lo - 1, hi + 1, hi * 2 + 7]))
        return self.pick(ODD_VALUES + ['1.0', 'True'])

    def value_for(self, code):
        """Source text of a value to store in an item of struct/memoryview format `code`."""
        if code in INT_RANGE:
            return self.int_for(code)
        if code in 'efd':
            return self.pick(FLOATS) if self.chance(0.9) else self.pick(ODD_VALUES)
        if code == 'c':
            return self.pick(["b'a'", "b'\\xff'", "b'ab'", "b''", '97', "bytearray(b'z')", "'a'"])
        if code == '?':
            return self.pick(['True', 'False', '0', '1', '2', "b''", "'x'", 'None', '[]'])
        if code == 'w':
            return self.pick(["'a'", "'\\u20ac'", "'ab'", '1', "''"])
        raise AssertionError(code)

    def index(self, length):
        roll = self.r.random()
        if roll < 0.8:
            return str(self.r.randint(-length - 2, length + 1))
        return self.pick(['True', '1.0', "'0'", 'None', '2**63', '-2**64', '...'])

    def slice_text(self, length):
        def bound():
            if self.chance(0.25):
                return ''
            return str(self.r.randint(-length - 3, length + 3))
        start, stop = bound(), bound()
        if self.chance(0.5):
            return '%s:%s' % (start, stop)
        step = self.pick(['', '1', '2', '3', '-1', '-2', '-3', '0', str(length + 1)])
        return '%s:%s:%s' % (start, stop, step)

    def slice_obj(self, length):
        parts = self.slice_text(length).split(':')
        return 'slice(%s)' % ', '.join(p if p else 'None' for p in parts)

    # ---- exporters and views -------------------------------------------------------------------
    def exporter(self):
        """Builds `b`; returns (kind, typecode or None, byte length)."""
        roll = self.r.random()
        if roll < 0.2:
            n = self.pick([0, 1, 2, 4, 6, 8, 12, 16, 24])
            self.make('b', self.bytes_lit(n))
            return 'bytes', None, n
        if roll < 0.5:
            n = self.pick([0, 1, 2, 4, 6, 8, 12, 16, 24])
            self.make('b', 'bytearray(%s)' % self.bytes_lit(n))
            return 'bytearray', None, n
        if roll < 0.55:
            n = self.pick([0, 3, 8, 24])
            self.make('b', self.pick(['bytearray(%d)', 'bytes(%d)', 'bytearray(range(%d))']) % n)
            return 'bytearray', None, n
        code = self.pick(TYPECODES)
        count = self.pick([0, 1, 2, 3, 4, 6, 8])
        if code == 'w':
            vals = [self.pick(["'a'", "'b'", "'\\u20ac'", "'z'"]) for _ in range(count)]
            if self.chance(0.5):
                self.make('b', "array.array('w', '%s')" % ''.join(self.pick('abcxyz') for _ in range(count)))
                return 'array', code, count * 4
        elif code in 'fd':
            vals = [self.pick(FLOATS[:13]) for _ in range(count)]
        else:
            lo, hi = INT_RANGE[code]
            vals = [str(self.r.randint(max(lo, -200), min(hi, 300)) if self.chance(0.8) else self.pick([lo, hi]))
                    for _ in range(count)]
        self.make('b', "array.array('%s', [%s])" % (code, ', '.join(vals)))
        return 'array', code, count * ARRAY_SIZE[code]

    def view(self, name, src, fmt, nbytes):
        """Builds a view `name` of `src` (format fmt, nbytes bytes), maybe cast or sliced.
        Returns (format, item count, shape) as far as the generator can tell."""
        expr = 'memoryview(%s)' % src
        items = nbytes // NATIVE_SIZE.get(fmt, 4)
        shape = [items]
        roll = self.r.random()
        if roll < 0.35:
            byte_src = expr if fmt in ('B', 'b', 'c') else expr + ".cast('B')"
            code = self.pick(CAST_FORMATS)
            size = NATIVE_SIZE[code]
            if self.chance(0.1):
                expr = byte_src + '.cast(%r)' % self.pick(BAD_CAST_FORMATS)
            elif nbytes % size == 0 or self.chance(0.15):
                count = nbytes // size
                shape = [count]
                if count > 1 and self.chance(0.5):
                    divisors = [d for d in range(1, count + 1) if count % d == 0]
                    first = self.pick(divisors)
                    shape = [first, count // first]
                    if self.chance(0.3):
                        d2 = [d for d in range(1, shape[1] + 1) if shape[1] % d == 0]
                        second = self.pick(d2)
                        shape = [first, second, shape[1] // second]
                    if self.chance(0.1):
                        shape = [self.pick([0, -1, 3, 2**62]), 2]
                    expr = byte_src + '.cast(%r, %r)' % (code, shape if self.chance(0.7) else tuple(shape))
                elif count == 0 and self.chance(0.3):
                    expr = byte_src + '.cast(%r, [])' % code
                    shape = []
                else:
                    expr = byte_src + '.cast(%r)' % code
                fmt = code
                items = count
            else:
                expr = byte_src + '.cast(%r)' % code
        elif roll < 0.55:
            expr += '[%s]' % self.slice_text(items)
        elif roll < 0.6:
            expr += '.toreadonly()'
        self.make(name, expr)
        return fmt, items, shape

    # ---- operations ----------------------------------------------------------------------------
    def view_op(self, m, fmt, items, shape, kind):
        r = self.r.random()
        code = fmt if fmt in NATIVE_SIZE or fmt == 'w' else 'B'
        if code == 'w':
            code = 'B'
        n = max(items, 1)
        ops = [
            lambda: 'len(%s)' % m,
            lambda: '%s.tolist()' % m,
            lambda: '%s.tobytes()' % m,
            lambda: '%s.tobytes(%s)' % (m, self.pick(["'C'", "'F'", "'A'", 'None', "'X'", "order='F'", '1'])),
            lambda: '%s.hex()' % m,
            lambda: '%s.hex(%s)' % (m, self.pick(["':'", "'-'", "b'|'", "''", "'ab'", '1', "'\\u20ac'"])),
            lambda: '%s.hex(%s, %d)' % (m, self.pick(["':'", "' '", "b'.'"]), self.r.randint(-5, 5)),
            lambda: '%s.%s' % (m, self.pick(['format', 'itemsize', 'shape', 'strides', 'suboffsets', 'nbytes',
                                              'readonly', 'ndim', 'c_contiguous', 'f_contiguous', 'contiguous'])),
            lambda: '%s.obj is b' % m,
            lambda: '%s[%s]' % (m, self.index(n)),
            lambda: '%s[%s]' % (m, ', '.join(self.index(3) for _ in range(self.pick([1, 2, 2, 3])))),
            lambda: '%s[%s]' % (m, self.pick(['...', '()'])),
            lambda: '%s[%s].tolist()' % (m, self.slice_text(n)),
            lambda: '%s[%s].tobytes()' % (m, self.slice_text(n)),
            lambda: '%s[%s, 0]' % (m, self.slice_text(n)),
            lambda: '%s[%s]' % (m, self.pick(['0:1, 0:1', 'slice(None), 0', "'a'", '[0]'])),
            lambda: 'setitem(%s, %s, %s).tolist()' % (m, self.index(n), self.value_for(code)),
            lambda: 'setitem(%s, (%s), %s).tolist()' % (m, ', '.join(self.index(3) for _ in range(len(shape) or 1)),
                                                         self.value_for(code)),
            lambda: 'setitem(%s, %s, %s).tolist()' % (m, self.pick(['...', '()']), self.value_for(code)),
            lambda: 'setitem(%s, slice(%s), %s).tolist()' % (
                m, ', '.join(p or 'None' for p in self.slice_text(n).split(':')), self.source(code, n)),
            lambda: 'delitem(%s, %s)' % (m, self.index(n)),
            lambda: '%s == %s' % (m, self.other(m, code, n)),
            lambda: '%s != %s' % (m, self.other(m, code, n)),
            lambda: '%s %s %s' % (m, self.pick(['<', '>=']), self.other(m, code, n)),
            lambda: 'hash(%s) == hash(%s.tobytes())' % (m, m),
            lambda: '%s.release()' % m,
            lambda: 'bytes(%s)' % m,
            lambda: 'bytearray(%s)' % m,
            lambda: 'list(%s)' % m,
            lambda: 'items(%s)' % m,
            lambda: '%s in %s' % (self.value_for(code), m),
            lambda: "array.array('%s', %s)" % (self.pick(['B', 'b', 'i', 'd']), m),
            lambda: "b''.join([%s, b'-', %s])" % (m, self.pick(['m', 'b', "b'z'"])),
            lambda: "bytearray(b'+').join([%s])" % m,
            lambda: "int.from_bytes(%s, %s)" % (m, self.pick(["'little'", "'big'", "'big', signed=True",
                                                             "byteorder='little', signed=True"])),
            lambda: '%s.cast(%r).tolist()' % (m, self.pick(CAST_FORMATS + BAD_CAST_FORMATS[:4])),
            lambda: '%s.cast(%r, %r).tolist()' % (m, self.pick(CAST_FORMATS),
                                                  self.pick([[n], [1, n], [n, 1], [2, n // 2], [], [0]])),
            lambda: '%s.toreadonly().tolist()' % m,
            lambda: '%s.toreadonly().readonly' % m,
            lambda: 'memoryview(%s).tolist()' % m,
            lambda: 'with_view(%s)' % m,
            lambda: 'struct.unpack_from(%r, %s, %d)' % (self.struct_format(), m, self.r.randint(-3, 6)),
            lambda: 'struct.unpack_from(%r, %s)' % (self.struct_format(), m),
            lambda: 'list(struct.iter_unpack(%r, %s))' % (self.struct_format(), m),
            lambda: 'struct.unpack(%r, %s)' % (self.struct_format(), m),
            lambda: self.pack_into(m, n),
            lambda: 'bool(%s)' % m,
            lambda: '%s.__len__()' % m,
            lambda: 'reversed(%s) is None' % m,
            lambda: 'list(reversed(%s))' % m,
            lambda: '%s[%s] == %s[%s]' % (m, self.index(n), m, self.index(n)),
            lambda: '%s[%s].%s' % (m, self.slice_text(n), self.pick([
                'tolist()', "tobytes('F')", 'hex()', "cast('B')", "cast('B').tolist()", 'c_contiguous', 'strides',
                'contiguous', 'toreadonly().tolist()', '__len__()', 'nbytes', 'shape'])),
            lambda: '%s(%s[%s])' % (self.pick(['bytes', 'bytearray', 'list', 'items', 'int.from_bytes', 'memoryview']),
                                    m, self.slice_text(n)),
            lambda: 'hash(%s[%s]) == hash(%s[%s].tobytes())' % ((m, self.slice_text(n)) * 2),
            lambda: '%s[%s] == %s[%s]' % (m, self.slice_text(n), self.pick([m, 'm', 'm2', 'b']), self.slice_text(n)),
            lambda: 'setitem(%s[%s], %s, %s).tolist()' % (m, self.slice_text(n), self.index(n), self.value_for(code)),
            lambda: 'setitem(%s[::-1], slice(None), %s[::-1]).tolist()' % (m, m),
            lambda: 'setitem(%s, slice(None), %s).tolist()' % (m, self.pick(['m', 'm2', 'b', m + '[::-1]', m + '[::2]'])),
            lambda: '%s.nbytes == len(%s.tobytes())' % (m, m),
            lambda: "%s.cast('c').tolist()" % m,
            lambda: "%s.cast('?').tolist()" % m,
            lambda: "list(%s.cast('e'))" % m,
        ]
        self.case(self.pick(ops)())

    def source(self, code, n):
        """A value for slice assignment into a view of format `code`."""
        k = self.r.randint(0, n + 1)
        size = NATIVE_SIZE.get(code, 1)
        return self.pick([
            self.bytes_lit(k * size),
            'bytearray(%s)' % self.bytes_lit(k * size),
            "memoryview(%s).cast(%r)" % (self.bytes_lit(k * size), code) if k * size else "b''",
            "array.array('B', %s)" % list(self.byte_values(k)),
            "array.array('%s', [%s])" % ('i', ', '.join(str(self.r.randint(0, 99)) for _ in range(k))),
            '[1, 2]', 'b', 'm', '7', "'ab'",
        ])

    def other(self, m, code, n):
        return self.pick([
            'b', 'm', 'm2', m, self.bytes_lit(), "bytearray(%s)" % self.bytes_lit(),
            '%s.tolist()' % m, '%s.tobytes()' % m, "memoryview(%s)" % self.bytes_lit(),
            "memoryview(%s.tobytes()).cast(%r)" % (m, code) if code in NATIVE_SIZE else 'b',
            "array.array('%s', [%s])" % (self.pick(['b', 'B', 'h', 'i', 'q', 'f', 'd']),
                                         ', '.join(str(self.r.randint(0, 5)) for _ in range(self.r.randint(0, 4)))),
            '1', 'None', "'abc'",
        ])

    def struct_format(self, huge=False):
        """A struct format, sometimes invalid; huge counts only when asked: packing them eats the memory."""
        if self.chance(0.05):
            return self.pick(['', 'z', '3', 'i3', '<P', '=n', '!N', '>x2', ' ', '2 i', 'Ii ', '0s', '-1i'] +
                             (['%dx' % 2**40, '4294967296i', '%di' % 2**62, '%dq' % 2**64] if huge else []))
        prefix = self.pick(['', '', '@', '=', '<', '>', '!'])
        parts = []
        for _ in range(self.r.randint(1, 3)):
            code = self.pick('xcbB?hHiIlLqQnNPefdsp' if prefix in ('', '@') else 'xcbB?hHiIlLqQefdsp')
            # not '0p': CPython writes its length byte outside the format's size (left open, see README)
            count = self.pick(['', '', '', '1', '2', '3'] + ([] if code == 'p' else ['0']))
            parts.append(count + code)
        return prefix + ''.join(parts)

    def struct_args(self, fmt):
        """Source text of arguments for struct.pack(fmt, ...), mostly right."""
        args = []
        i = 1 if fmt[:1] in '@=<>!' else 0
        while i < len(fmt):
            count = ''
            while i < len(fmt) and fmt[i].isdigit():
                count += fmt[i]
                i += 1
            if i >= len(fmt):
                break
            code = fmt[i]
            i += 1
            if code == ' ':
                continue
            reps = int(count) if count else 1
            if code in 'sp':
                args.append(self.pick([self.bytes_lit(), "b'abc'", "'s'", "bytearray(b'xy')", '1']))
            elif code == 'x':
                pass
            elif code in INT_RANGE or code in 'efd?c':
                for _ in range(min(reps, 8)):
                    args.append(self.value_for(code))
        if self.chance(0.07):
            args.append('1')
        if self.chance(0.07) and args:
            args.pop()
        return args

    def pack_into(self, target, n):
        fmt = self.struct_format()
        args = [repr(fmt), target, str(self.r.randint(-4, max(n, 1) + 2))] + self.struct_args(fmt)
        return 'struct.pack_into(%s)' % ', '.join(args)

    def struct_op(self):
        fmt = self.struct_format()
        ops = [
            lambda: 'struct.calcsize(%r)' % self.struct_format(huge=True),
            lambda: 'struct.pack(%s)' % ', '.join([repr(fmt)] + self.struct_args(fmt)),
            lambda: 'struct.unpack(%r, struct.pack(%s))' % (fmt, ', '.join([repr(fmt)] + self.struct_args(fmt))),
            lambda: 'struct.unpack(%r, %s)' % (fmt, self.bytes_lit()),
            lambda: 'struct.unpack_from(%r, %s, %d)' % (fmt, self.bytes_lit(), self.r.randint(-20, 8)),
            lambda: 'list(struct.iter_unpack(%r, %s))' % (fmt, self.bytes_lit()),
            lambda: 'struct.pack_into(%s)' % ', '.join([repr(fmt), 'bytearray(%d)' % self.r.randint(0, 20),
                                                         str(self.r.randint(-20, 10))] + self.struct_args(fmt)),
        ]
        self.case(self.pick(ops)())

    def base_op(self, kind, code, nbytes):
        items = nbytes // (ARRAY_SIZE[code] if code else 1)
        n = max(items, 1)
        ops = [
            lambda: 'b',
            lambda: 'len(b)',
            lambda: 'b[%s]' % self.index(n),
            lambda: 'b[%s]' % self.slice_text(n),
            lambda: 'b.count(%s)' % self.elem(kind, code),
            lambda: 'b.index(%s)' % self.elem(kind, code),
            lambda: 'b == %s' % self.pick(['m', 'm2', 'b', self.bytes_lit(), "array.array('b', [1])", 'm.tobytes()']),
            lambda: 'bytes(b)',
            lambda: 'bytearray(b)',
            lambda: 'b.hex(%s)' % self.pick(['', "':'", "'-', 2", "' ', -1", "b'_', 3"]) if kind != 'array' else 'b.tobytes().hex()',
            lambda: 'struct.unpack_from(%r, b, %d)' % (self.struct_format(), self.r.randint(-3, 6)),
            lambda: 'list(struct.iter_unpack(%r, b))' % self.struct_format(),
            lambda: self.pack_into('b', n),
            lambda: "array.array('%s', %s)" % (self.pick(TYPECODES[:-1]), self.pick(['b', 'bytes(b)', 'm', 'm2'])),
            lambda: "int.from_bytes(b, %s)" % self.pick(["'little'", "'big'", "'big', signed=True"]),
            lambda: "b''.join([b, %s])" % self.pick(['m', 'b', "b'-'"]),
            lambda: 'memoryview(b) == %s' % self.pick(['b', 'm', 'm2', 'bytes(b)', 'memoryview(b)']),
            lambda: 'with_view(b)',
        ]
        if kind == 'bytearray':
            ops += [
                lambda: 'b.append(%s)' % self.pick(['1', '255', '256', '-1', "b'a'"]),
                lambda: 'b.extend(%s)' % self.pick([self.bytes_lit(), '[1, 2]', 'm', '[]', 'range(3)']),
                lambda: 'b.pop()',
                lambda: 'b.clear()',
                lambda: 'b.insert(0, 5)',
                lambda: 'b.remove(%s)' % self.elem(kind, code),
                lambda: 'setitem(b, %s, %s)' % (self.slice_obj(n), self.bytes_lit()),
                lambda: 'setitem(b, %s, %s)' % (self.index(n), self.pick(['0', '255', '256', "b'a'"])),
                lambda: 'delitem(b, %s)' % self.pick([self.index(n), self.slice_obj(n)]),
                lambda: 'iadd(b, %s)' % self.pick([self.bytes_lit(), 'm', "b''"]),
                lambda: 'imul(b, %s)' % self.pick(['1', '0', '2']),
                lambda: 'b.reverse()',
            ]
        if kind == 'array':
            v = lambda: self.elem(kind, code)
            ops += [
                lambda: 'b.tolist()',
                lambda: 'b.tobytes()',
                lambda: 'b.itemsize',
                lambda: 'b.typecode',
                lambda: 'b.append(%s)' % v(),
                lambda: 'b.extend(%s)' % self.pick(['[%s]' % v(), 'b', "array.array('%s')" % code,
                                                    "array.array('b', [1])"]),
                lambda: 'b.frombytes(%s)' % self.bytes_lit(),
                lambda: 'b.fromlist([%s])' % v(),
                lambda: 'b.pop(%s)' % self.pick(['', '0', '-1', '99']),
                lambda: 'b.insert(%s, %s)' % (self.index(n), v()),
                lambda: 'b.remove(%s)' % v(),
                lambda: 'b.byteswap()',
                lambda: 'b.buffer_info()[1]',
                lambda: 'setitem(b, %s, %s)' % (self.index(n), v()),
                lambda: 'setitem(b, %s, %s)' % (self.slice_obj(n), self.pick(["array.array('%s', [%s])" % (code, v()),
                                                                              "array.array('%s')" % code, 'b', '[1]'])),
                lambda: 'delitem(b, %s)' % self.pick([self.index(n), self.slice_obj(n)]),
                lambda: 'iadd(b, %s)' % self.pick(["array.array('%s', [%s])" % (code, v()), 'b', '[1]']),
                lambda: 'imul(b, %s)' % self.pick(['1', '0', '2']),
                lambda: 'b.reverse()',
                lambda: "b == array.array('%s', b.tolist())" % self.pick(TYPECODES[:-1]),
                lambda: "b < array.array('%s', [%s])" % (self.pick(TYPECODES[:-1]), v()),
            ]
        self.case(self.pick(ops)())

    def elem(self, kind, code):
        if kind == 'array':
            return self.value_for(code if code != 'w' else 'w') if code not in 'fd' else self.pick(FLOATS[:8])
        return self.pick(['0', '1', '97', '255', '256', "b'a'", "b''", "b'\\x00\\x01'", 'm', "'a'"])

    def scenario(self):
        self.lines.append('# scenario')
        self.lines.append('m = m2 = None')
        kind, code, nbytes = self.exporter()
        fmt = code if code else 'B'
        if kind == 'array' and code == 'w':
            fmt = 'w'
        mfmt, items, shape = self.view('m', 'b', fmt, nbytes)
        m2fmt, items2, shape2 = fmt, items, shape
        if self.chance(0.4):
            m2fmt, items2, shape2 = self.view('m2', self.pick(['b', 'm']), mfmt, items * NATIVE_SIZE.get(mfmt, 4))
        for _ in range(self.r.randint(4, 14)):
            roll = self.r.random()
            if roll < 0.55:
                self.view_op('m', mfmt, items, shape, kind)
            elif roll < 0.65:
                self.view_op('m2', m2fmt, items2, shape2, kind)
            elif roll < 0.85:
                self.base_op(kind, code, nbytes)
            else:
                self.struct_op()

    def program(self):
        while self.n < self.cases:
            self.scenario()
        header = '# Written by tests/fuzz/gen.py --seed %d --cases %d: regenerate it, do not edit it.\n' % (
            self.seed, self.cases)
        return header + PRELUDE + '\n'.join(self.lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--count', type=int, default=1)
    ap.add_argument('--cases', type=int, default=200, help='operations per program (default 200)')
    ap.add_argument('--out', default='fuzz-out')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for seed in range(args.seed, args.seed + args.count):
        path = os.path.join(args.out, 'fuzz_%d.py' % seed)
        with open(path, 'w') as f:
            f.write(Gen(seed, args.cases).program())
        print(path)


if __name__ == '__main__':
    main()
