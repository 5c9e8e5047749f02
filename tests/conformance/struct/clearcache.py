# _clearcache empties the module's format cache; results stay the same.
import struct

print(struct.pack('<i', 1))
print(struct._clearcache())
print(struct.pack('<i', 1), struct.calcsize('<i'))
for i in range(300):
    fmt = '<' + str(i % 150) + 's'
    if struct.calcsize(fmt) != i % 150:
        print('wrong', fmt)
    if i % 77 == 0:
        struct._clearcache()
print(struct.unpack('<3s', b'abc'))
try:
    struct._clearcache(1)
except TypeError as e:
    print(type(e).__name__)
