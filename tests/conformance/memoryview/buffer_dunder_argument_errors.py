# __buffer__ takes exactly one int; __release_buffer__ takes back only its own exports.
b = b"ab"
for f in [lambda: b.__buffer__(), lambda: b.__buffer__("x"), lambda: b.__buffer__(0, 1), lambda: b.__buffer__(1.0)]:
    try:
        f()
        print("ok")
    except TypeError:
        print("TypeError")
ba = bytearray(b"z")
other = memoryview(b"q")
try:
    ba.__release_buffer__(other)
except ValueError as e:
    print("ValueError", e)
print(other.tolist())
