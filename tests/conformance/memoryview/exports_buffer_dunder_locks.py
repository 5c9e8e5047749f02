# A buffer obtained with __buffer__ locks the exporter until __release_buffer__ or release().
import array
b = bytearray(b"ab")
v = b.__buffer__(0)
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
b.__release_buffer__(v)
b.append(1)
print(b)
a = array.array("i", [1])
w = a.__buffer__(0)
try:
    a.append(2)
except BufferError as e:
    print("BufferError", e)
w.release()
a.append(2)
print(a)
