# Growing a bytearray with append, extend, insert and +=.
ba = bytearray(b"ab")
ba.append(99)
print(ba)
ba.extend(b"de")
ba.extend([102, 103])
ba.extend(bytearray(b"h"))
ba.extend(range(105, 107))
print(ba)
ba.insert(0, 65)
ba.insert(-1, 90)
ba.insert(100, 33)
ba.insert(-100, 48)
print(ba)
ba += b"++"
print(ba, len(ba))
for op, arg in [("append", 256), ("append", -1), ("append", "a"), ("extend", 5), ("extend", "str"), ("extend", [300])]:
    try:
        getattr(ba, op)(arg)
    except (TypeError, ValueError) as e:
        print(op, repr(arg), type(e).__name__, e)
print(ba)
