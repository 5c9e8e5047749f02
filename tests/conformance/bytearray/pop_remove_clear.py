# Shrinking a bytearray with pop, remove, clear and del.
ba = bytearray(b"hello world")
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
ba.clear()
print(ba, len(ba))
for f in [lambda: ba.pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98),
          lambda: bytearray(b"a").remove(300)]:
    try:
        print(f())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
