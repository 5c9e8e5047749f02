# len counts code points; slicing never splits a character.
for s in ["", "a", "é", "e\u0301", "☃", "😀", "👍🏽", "日本語", "a\x00b"]:
    print(repr(s), len(s), [hex(ord(c)) for c in s], len(s.encode()))
print("😀😀"[1:], "日本語"[1], "e\u0301"[0])
