# count, find, rfind, index, rindex with bytes and int arguments.
b = b"abracadabra"
print(b.count(b"a"), b.count(b"abra"), b.count(b""), b.count(97), b.count(b"a", 1, 5))
print(b.find(b"cad"), b.find(b"x"), b.find(98), b.rfind(b"a"), b.rfind(b"abra"), b.find(b"a", 4))
print(b.index(b"bra"), b.rindex(b"bra"), b.index(114))
for args in [(b"x",), (b"a", 20), (256,)]:
    try:
        print(b.index(*args))
    except ValueError as e:
        print(args, "ValueError", e)
try:
    b.find("a")
except TypeError as e:
    print("TypeError", e)
