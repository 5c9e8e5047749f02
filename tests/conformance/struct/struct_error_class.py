# struct.error is an Exception subclass named struct.error.
import struct

print(struct.error, struct.error.__name__, struct.error.__module__)
print(issubclass(struct.error, Exception), issubclass(struct.error, ValueError), issubclass(struct.error, TypeError))
try:
    struct.pack('i')
except Exception as e:
    print(type(e) is struct.error, repr(e), e.args)
try:
    struct.calcsize('Z')
except struct.error as e:
    print(str(e), e.args)
e = struct.error('custom', 1)
print(e, e.args, isinstance(e, struct.error))
try:
    raise struct.error('mine')
except struct.error as caught:
    print(caught)
