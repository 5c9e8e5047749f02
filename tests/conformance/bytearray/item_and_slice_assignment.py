# Assigning to items and slices, including resizing and extended slices.
ba = bytearray(b"0123456789")
ba[0] = 65
ba[-1] = 66
print(ba)
ba[1:3] = b"xyz"
print(ba)
ba[4:8] = b""
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[2:2] = [1, 2]
print(ba)
ba[:] = b"reset"
print(ba)
ba[len(ba):] = bytearray(b"!!")
print(ba)
ba[1] += 1
print(ba)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    ba[20] = 1
except IndexError as e:
    print("IndexError", e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
try:
    ba[0] = b"a"
except TypeError as e:
    print("TypeError", e)
print(ba)
