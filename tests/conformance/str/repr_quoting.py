# repr() chooses quotes and escapes like CPython.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "\n\t\r", "\\", "\x00\x1f\x7f",
          "\x80\x9f\xa0\xad", "é", "\u2028", "\u200b", "😀"]:
    print(repr(s), len(repr(s)))
print(str("x"), repr(repr("x")))
print(["it's", 'a"b', "\t"])
print(("é",), {"k": "\n"})
