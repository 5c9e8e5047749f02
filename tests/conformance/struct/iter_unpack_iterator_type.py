# The iterator is a _struct.unpack_iterator: its own iterator, not instantiable from Python.
import struct

it = struct.iter_unpack('b', b'xyz')
t = type(it)
print(t, t.__name__, t.__module__)
print(iter(it) is it, it.__iter__() is it)
print(it.__next__(), next(it), list(it))
try:
    t()
except TypeError as e:
    print(e)
print(type(struct.Struct('>ibcp').iter_unpack(b'')) is t)
print(hasattr(it, '__next__'), hasattr(it, '__length_hint__'))
