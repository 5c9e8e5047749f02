# unpack takes any buffer exporter: bytes, bytearray, memoryview, array.array.
import array
import struct

data = b'\x12\x34\x56\x78'
for buf in [data, bytearray(data), memoryview(data), array.array('B', data), array.array('h', data)]:
    print(type(buf).__name__, struct.unpack('>I', buf), struct.unpack('<2h', buf), struct.unpack_from('>H', buf, 2))
print(struct.unpack('b', b'a'))
print(struct.Struct('>IB').unpack(memoryview(b'\x01\x02\x03\x04\x05')))
