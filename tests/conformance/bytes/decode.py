# bytes.decode with encodings and error handlers.
print(b"hello".decode(), b"h\xc3\xa9llo".decode("utf-8"), b"\xe9".decode("latin-1"))
print(b"\xe2\x82\xac".decode(), b"".decode(), b"abc".decode("ascii"))
print(b"\xff\xfeA".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\x80".decode("ascii", "replace"), bytearray(b"\xc3\xa9").decode())
for data, enc in [(b"\xff", "utf-8"), (b"\x80", "ascii"), (b"\xc3", "utf-8")]:
    try:
        print(data.decode(enc))
    except ValueError as e:
        print(data, "ValueError")
print(len(b"\xf0\x9f\x98\x80".decode()))
