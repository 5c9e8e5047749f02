"""Serializing Python objects to the pickle format (CPython's Lib/pickle.py): dumps/loads, dump/load, Pickler and
Unpickler for protocols 0 to 5, readable by CPython and reading what CPython writes for the same kinds of objects.
Objects are reduced with __reduce_ex__; the builtin types minipy gives no __reduce_ex__ are reduced here as
their CPython methods do (bytes, bytearray, set, frozenset, array.array, instances of Python classes)."""

import struct
import sys

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 5


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


_MARK = b'('
_STOP = b'.'
_POP = b'0'
_POP_MARK = b'1'
_DUP = b'2'
_FLOAT = b'F'
_INT = b'I'
_BININT = b'J'
_BININT1 = b'K'
_LONG = b'L'
_BININT2 = b'M'
_NONE = b'N'
_REDUCE = b'R'
_UNICODE = b'V'
_APPEND = b'a'
_BUILD = b'b'
_GLOBAL = b'c'
_DICT = b'd'
_EMPTY_DICT = b'}'
_APPENDS = b'e'
_GET = b'g'
_BINGET = b'h'
_LONG_BINGET = b'j'
_LIST = b'l'
_EMPTY_LIST = b']'
_PUT = b'p'
_BINPUT = b'q'
_LONG_BINPUT = b'r'
_SETITEM = b's'
_TUPLE = b't'
_EMPTY_TUPLE = b')'
_SETITEMS = b'u'
_BINFLOAT = b'G'
_BINUNICODE = b'X'
_PROTO = b'\x80'
_NEWOBJ = b'\x81'
_TUPLE1 = b'\x85'
_TUPLE2 = b'\x86'
_TUPLE3 = b'\x87'
_NEWTRUE = b'\x88'
_NEWFALSE = b'\x89'
_LONG1 = b'\x8a'
_LONG4 = b'\x8b'
_BINBYTES = b'B'
_SHORT_BINBYTES = b'C'
_SHORT_BINUNICODE = b'\x8c'
_BINUNICODE8 = b'\x8d'
_BINBYTES8 = b'\x8e'
_EMPTY_SET = b'\x8f'
_ADDITEMS = b'\x90'
_FROZENSET = b'\x91'
_NEWOBJ_EX = b'\x92'
_STACK_GLOBAL = b'\x93'
_MEMOIZE = b'\x94'
_FRAME = b'\x95'
_BYTEARRAY8 = b'\x96'


def _encode_long(x):
    # the two's complement little-endian bytes of x, as short as they can be (LONG1's payload)
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _reduce_array(obj, proto):
    # array_array___reduce_ex___impl: the machine format's bytes from protocol 3, a list before
    import array
    if proto < 3:
        return (array.array, (obj.typecode, obj.tolist()), getattr(obj, '__dict__', None) or None)
    mformat = {'b': 1, 'B': 0, 'u': 20, 'w': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10, 'q': 12,
               'Q': 10, 'f': 14, 'd': 16}[obj.typecode]
    if sys.byteorder == 'big':
        mformat += 1
    return (array._array_reconstructor, (type(obj), obj.typecode, mformat, obj.tobytes()),
            getattr(obj, '__dict__', None) or None)


def _reduce_bytes(obj, proto):
    if proto < 3:
        return (_codecs_encode, (str(obj, 'latin1'), 'latin1'))
    return (bytes, (bytes(obj),))


def _codecs_encode(text, encoding):
    return text.encode(encoding)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = 'encode'
_codecs_encode.__qualname__ = 'encode'


def _reduce_bytearray(obj, proto):
    if proto < 3:
        return (bytearray, (str(bytes(obj), 'latin1'), 'latin-1'), None)
    return (bytearray, (bytes(obj),), None)


def _builtin_reducers():
    import array
    return {bytes: _reduce_bytes, bytearray: _reduce_bytearray, array.array: _reduce_array,
            set: lambda obj, proto: (set, (list(obj),), None),
            frozenset: lambda obj, proto: (frozenset, (list(obj),))}


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    return '__main__'


class Pickler(object):
    """Writes pickles of objects to a binary file (anything with a write method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self._write = file.write
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.memo = {}
        self._reducers = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if self.proto >= 2:
            self._write(_PROTO + struct.pack("<B", self.proto))
        self.save(obj)
        self._write(_STOP)

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(_MEMOIZE)
        elif self.bin:
            if idx < 256:
                self._write(_BINPUT + struct.pack("<B", idx))
            else:
                self._write(_LONG_BINPUT + struct.pack("<I", idx))
        else:
            self._write(_PUT + repr(idx).encode("ascii") + b'\n')
        self.memo[id(obj)] = idx, obj

    def get(self, i):
        if self.bin:
            if i < 256:
                return _BINGET + struct.pack("<B", i)
            return _LONG_BINGET + struct.pack("<I", i)
        return _GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(self.get(x[0]))
            return
        t = type(obj)
        if obj is None:
            self._write(_NONE)
        elif t is bool:
            if self.proto >= 2:
                self._write(_NEWTRUE if obj else _NEWFALSE)
            else:
                self._write(b'I01\n' if obj else b'I00\n')
        elif t is int:
            self.save_long(obj)
        elif t is float:
            if self.bin:
                self._write(_BINFLOAT + struct.pack('>d', obj))
            else:
                self._write(_FLOAT + repr(obj).encode("ascii") + b'\n')
        elif t is str:
            self.save_str(obj)
        elif t is bytes and self.proto >= 3:
            self.save_bytes(obj)
        elif t is bytearray and self.proto >= 5:
            self._write(_BYTEARRAY8 + struct.pack("<Q", len(obj)) + bytes(obj))
            self.memoize(obj)
        elif t is tuple:
            self.save_tuple(obj)
        elif t is list:
            self.save_list(obj)
        elif t is dict:
            self.save_dict(obj)
        elif (t is set or t is frozenset) and self.proto >= 4:
            self.save_set(obj)
        elif isinstance(obj, type) or t is type(len) or t is type(_whichmodule):
            self.save_global(obj)
        else:
            self.save_reduce_of(obj)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self._write(_BININT1 + struct.pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self._write(_BININT2 + struct.pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self._write(_BININT + struct.pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self._write(_LONG1 + struct.pack("<B", n) + encoded)
            else:
                self._write(_LONG4 + struct.pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self._write(_INT + repr(obj).encode("ascii") + b'\n')
        else:
            self._write(_LONG + repr(obj).encode("ascii") + b'L\n')

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._write(_SHORT_BINUNICODE + struct.pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write(_BINUNICODE8 + struct.pack("<Q", n) + encoded)
            else:
                self._write(_BINUNICODE + struct.pack("<I", n) + encoded)
        else:
            escaped = obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a") \
                .replace("\r", "\\u000d").replace("\x1a", "\\u001a")
            self._write(_UNICODE + escaped.encode('raw-unicode-escape') + b'\n')
        self.memoize(obj)

    def save_bytes(self, obj):
        n = len(obj)
        if n <= 0xff:
            self._write(_SHORT_BINBYTES + struct.pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write(_BINBYTES8 + struct.pack("<Q", n) + obj)
        else:
            self._write(_BINBYTES + struct.pack("<I", n) + obj)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self._write(_EMPTY_TUPLE if self.bin else _MARK + _TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            if id(obj) in self.memo:
                self._write(_POP * n + self.get(self.memo[id(obj)][0]))
            else:
                self._write((_TUPLE1, _TUPLE2, _TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self._write(_MARK)
        for element in obj:
            self.save(element)
        if id(obj) in self.memo:
            # a recursive tuple: the tuple on the stack is the one already memoized
            self._write((_POP_MARK if self.bin else _POP * (n + 1)) + self.get(self.memo[id(obj)][0]))
            return
        self._write(_TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(_EMPTY_LIST if self.bin else _MARK + _LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self._write(_APPEND)
            return
        items = list(items)
        for start in range(0, len(items), 1000):
            batch = items[start:start + 1000]
            if len(batch) > 1:
                self._write(_MARK)
                for x in batch:
                    self.save(x)
                self._write(_APPENDS)
            else:
                self.save(batch[0])
                self._write(_APPEND)

    def save_dict(self, obj):
        self._write(_EMPTY_DICT if self.bin else _MARK + _DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self._write(_SETITEM)
            return
        items = list(items)
        for start in range(0, len(items), 1000):
            batch = items[start:start + 1000]
            if len(batch) > 1:
                self._write(_MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self._write(_SETITEMS)
            else:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self._write(_SETITEM)

    def save_set(self, obj):
        if type(obj) is frozenset:
            self._write(_MARK)
            for item in obj:
                self.save(item)
            if id(obj) in self.memo:
                self._write(_POP_MARK + self.get(self.memo[id(obj)][0]))
                return
            self._write(_FROZENSET)
            self.memoize(obj)
            return
        self._write(_EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), 1000):
            self._write(_MARK)
            for item in items[start:start + 1000]:
                self.save(item)
            self._write(_ADDITEMS)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            found = _find_class(module_name, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        if found is not obj and module_name != '_codecs':
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(_STACK_GLOBAL)
        else:
            self._write(_GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        self.memoize(obj)

    def _reduce(self, obj):
        t = type(obj)
        if self._reducers is None:
            self._reducers = _builtin_reducers()
        reducer = self._reducers.get(t)
        if reducer is not None:
            return reducer(obj, self.proto)
        reduce_ex = getattr(t, "__reduce_ex__", None)
        if reduce_ex is not None and reduce_ex is not getattr(object, "__reduce_ex__", None):
            return reduce_ex(obj, self.proto)
        reduce = getattr(t, "__reduce__", None)
        if reduce is not None and reduce is not getattr(object, "__reduce__", None):
            return reduce(obj)
        # object.__reduce_ex__ (copyreg.__reduce_ex__ / reduce_newobj) for an instance of a class defined in Python
        state = getattr(obj, '__dict__', None)
        if state is None or not hasattr(t, '__module__') or t.__module__ == 'builtins':
            raise TypeError("cannot pickle '%s' object" % t.__name__)
        getstate = getattr(obj, '__getstate__', None)
        if getstate is not None and getattr(t, '__getstate__', None) is not getattr(object, '__getstate__', None):
            state = getstate()
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
        return (_reconstructor_newobj, (t,) + tuple(args), state or None)

    def save_reduce_of(self, obj):
        rv = self._reduce(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        if func is _reconstructor_newobj and self.proto >= 2:
            cls = args[0]
            self.save(cls)
            self.save(tuple(args[1:]))
            self._write(_NEWOBJ)
        else:
            self.save(func)
            self.save(tuple(args))
            self._write(_REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self._write(_POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            self.save(state)
            self._write(_BUILD)


def _reconstructor_newobj(cls, *args):
    # copyreg.__newobj__
    return cls.__new__(cls, *args)


_reconstructor_newobj.__module__ = 'copyreg'
_reconstructor_newobj.__name__ = '__newobj__'
_reconstructor_newobj.__qualname__ = '__newobj__'


# the Python 2 names that protocols 0-2 write for Python 3's (_compat_pickle's NAME_MAPPING, in part)
_PY2_NAMES = {('__builtin__', 'long'): ('builtins', 'int'), ('__builtin__', 'unicode'): ('builtins', 'str'),
              ('__builtin__', 'xrange'): ('builtins', 'range'), ('__builtin__', 'unichr'): ('builtins', 'chr'),
              ('__builtin__', 'basestring'): ('builtins', 'str'), ('copy_reg', '__newobj__'): ('copyreg', '__newobj__')}


def _find_class(module, name):
    module, name = _PY2_NAMES.get((module, name), (module, name))
    if module == 'copyreg' and name == '__newobj__':
        return _reconstructor_newobj
    if module == '_codecs' and name == 'encode':
        return _codecs_encode
    if module == '__builtin__':
        module = 'builtins'
    __import__(module)
    obj = sys.modules[module]
    for part in name.split('.'):
        obj = getattr(obj, part)
    return obj


class Unpickler(object):
    """Reads pickles from a binary file (anything with read and readline methods)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._read = file.read
        self._readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors

    def find_class(self, module, name):
        return _find_class(module, name)

    def _read_exact(self, n):
        data = self._read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        line = self._readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def load(self):
        """Read a pickled object representation from the open file."""
        self.stack = []
        self.metastack = []
        while True:
            key = self._read(1)
            if not key:
                raise EOFError
            handler = _DISPATCH.get(key[0])
            if handler is None:
                raise UnpicklingError("invalid load key, '%s'." % chr(key[0]))
            try:
                handler(self)
            except _Stop as stop:
                return stop.value

    def _stop(self):
        raise _Stop(self.stack.pop())

    def _proto(self):
        proto = self._read_exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)

    def _frame(self):
        self._read_exact(8)

    def _push(self, value):
        self.stack.append(value)

    def _int(self):
        data = self._line()
        if data == b'00':
            self._push(False)
        elif data == b'01':
            self._push(True)
        else:
            self._push(int(data, 0))

    def _long(self):
        data = self._line()
        if data.endswith(b'L'):
            data = data[:-1]
        self._push(int(data, 0))

    def _long1(self):
        n = self._read_exact(1)[0]
        self._push(int.from_bytes(self._read_exact(n), 'little', signed=True))

    def _long4(self):
        n = struct.unpack('<i', self._read_exact(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(int.from_bytes(self._read_exact(n), 'little', signed=True))

    def _unicode(self):
        self._push(str(self._line(), 'raw-unicode-escape'))

    def _sized_unicode(self, fmt, size):
        n = struct.unpack(fmt, self._read_exact(size))[0]
        self._push(str(self._read_exact(n), 'utf-8', 'surrogatepass'))

    def _sized_bytes(self, fmt, size):
        n = struct.unpack(fmt, self._read_exact(size))[0]
        self._push(bytes(self._read_exact(n)))

    def _tuple_n(self, n):
        if n == 0:
            self._push(())
            return
        items = self.stack[-n:]
        del self.stack[-n:]
        self._push(tuple(items))

    def _append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def _appends(self):
        items = self._pop_mark()
        target = self.stack[-1]
        extend = getattr(target, 'extend', None)
        if extend is not None and type(target) is list:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def _setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def _setitems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _dict(self):
        items = self._pop_mark()
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _get(self, index):
        try:
            self._push(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _global(self):
        module = self._line().decode('utf-8')
        name = self._line().decode('utf-8')
        self._push(self.find_class(module, name))

    def _stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def _newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self._push(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def _build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and getattr(type(inst), "__setstate__", None) is not getattr(object, "__setstate__", None):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst.__dict__.update(state)
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()


_DISPATCH = {
    _STOP[0]: Unpickler._stop,
    _PROTO[0]: Unpickler._proto,
    _FRAME[0]: Unpickler._frame,
    _NONE[0]: lambda self: self._push(None),
    _NEWTRUE[0]: lambda self: self._push(True),
    _NEWFALSE[0]: lambda self: self._push(False),
    _INT[0]: Unpickler._int,
    _LONG[0]: Unpickler._long,
    _BININT[0]: lambda self: self._push(struct.unpack('<i', self._read_exact(4))[0]),
    _BININT1[0]: lambda self: self._push(self._read_exact(1)[0]),
    _BININT2[0]: lambda self: self._push(struct.unpack('<H', self._read_exact(2))[0]),
    _LONG1[0]: Unpickler._long1,
    _LONG4[0]: Unpickler._long4,
    _FLOAT[0]: lambda self: self._push(float(self._line())),
    _BINFLOAT[0]: lambda self: self._push(struct.unpack('>d', self._read_exact(8))[0]),
    _UNICODE[0]: Unpickler._unicode,
    _BINUNICODE[0]: lambda self: self._sized_unicode('<I', 4),
    _SHORT_BINUNICODE[0]: lambda self: self._sized_unicode('<B', 1),
    _BINUNICODE8[0]: lambda self: self._sized_unicode('<Q', 8),
    _BINBYTES[0]: lambda self: self._sized_bytes('<I', 4),
    _SHORT_BINBYTES[0]: lambda self: self._sized_bytes('<B', 1),
    _BINBYTES8[0]: lambda self: self._sized_bytes('<Q', 8),
    _BYTEARRAY8[0]: lambda self: self._push(bytearray(self._read_exact(struct.unpack('<Q', self._read_exact(8))[0]))),
    _EMPTY_TUPLE[0]: lambda self: self._push(()),
    _TUPLE[0]: lambda self: self._push(tuple(self._pop_mark())),
    _TUPLE1[0]: lambda self: self._tuple_n(1),
    _TUPLE2[0]: lambda self: self._tuple_n(2),
    _TUPLE3[0]: lambda self: self._tuple_n(3),
    _EMPTY_LIST[0]: lambda self: self._push([]),
    _LIST[0]: lambda self: self._push(self._pop_mark()),
    _APPEND[0]: Unpickler._append,
    _APPENDS[0]: Unpickler._appends,
    _EMPTY_DICT[0]: lambda self: self._push({}),
    _DICT[0]: Unpickler._dict,
    _SETITEM[0]: Unpickler._setitem,
    _SETITEMS[0]: Unpickler._setitems,
    _EMPTY_SET[0]: lambda self: self._push(set()),
    _ADDITEMS[0]: Unpickler._additems,
    _FROZENSET[0]: lambda self: self._push(frozenset(self._pop_mark())),
    _MARK[0]: Unpickler._mark,
    _POP[0]: Unpickler._pop,
    _POP_MARK[0]: lambda self: self._pop_mark(),
    _DUP[0]: lambda self: self._push(self.stack[-1]),
    _GET[0]: lambda self: self._get(int(self._line())),
    _BINGET[0]: lambda self: self._get(self._read_exact(1)[0]),
    _LONG_BINGET[0]: lambda self: self._get(struct.unpack('<I', self._read_exact(4))[0]),
    _PUT[0]: lambda self: self.memo.__setitem__(int(self._line()), self.stack[-1]),
    _BINPUT[0]: lambda self: self.memo.__setitem__(self._read_exact(1)[0], self.stack[-1]),
    _LONG_BINPUT[0]: lambda self: self.memo.__setitem__(struct.unpack('<I', self._read_exact(4))[0], self.stack[-1]),
    _MEMOIZE[0]: lambda self: self.memo.__setitem__(len(self.memo), self.stack[-1]),
    _GLOBAL[0]: Unpickler._global,
    _STACK_GLOBAL[0]: Unpickler._stack_global,
    _REDUCE[0]: Unpickler._reduce,
    _NEWOBJ[0]: Unpickler._newobj,
    _NEWOBJ_EX[0]: Unpickler._newobj_ex,
    _BUILD[0]: Unpickler._build,
}


class _BytesWriter(object):
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(bytes(data))


class _BytesReader(object):
    def __init__(self, data):
        self.data = bytes(memoryview(data))
        self.pos = 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        line = self.data[self.pos:end]
        self.pos = end
        return line


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    writer = _BytesWriter()
    Pickler(writer, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(writer.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_BytesReader(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()
