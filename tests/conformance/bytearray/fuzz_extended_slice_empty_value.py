# Found by tests/fuzz: assigning an empty value to an extended slice of a bytearray deletes it, and
# deleting any extended slice (even an empty one) is a resize, refused while a buffer is exported.
b = bytearray(b'abcdefgh')
b[::3] = b''
print(b)
b[5:1:-2] = bytearray()
print(b)
b[1:1:2] = b''
print(b)
try:
    b[::2] = b'x'
except ValueError as e:
    print(type(e).__name__, e)
m = memoryview(b)
for key in [slice(None, None, 3), slice(3, 3, 2), slice(4, 2, -1), slice(9, None, -1), slice(1, 1), slice(0, 2)]:
    for action in ['assign', 'delete']:
        try:
            if action == 'assign':
                b[key] = b''
            else:
                del b[key]
            print(key, action, 'ok', b)
        except (BufferError, ValueError) as e:
            print(key, action, type(e).__name__, e)
m.release()
del b[::-2]
print(b)
