# The public names of the struct module.
import struct

print(struct.__name__)
for name in ['Struct', '_clearcache', 'calcsize', 'error', 'iter_unpack', 'pack', 'pack_into', 'unpack', 'unpack_from']:
    print(name, hasattr(struct, name))
print(callable(struct.pack), callable(struct.Struct), callable(struct._clearcache))
import struct as st
print(st is struct, st.calcsize('h'))
from struct import pack, unpack, calcsize, error, Struct
print(unpack('>h', pack('>h', 258)), calcsize('<d'), error is struct.error, Struct is struct.Struct)
