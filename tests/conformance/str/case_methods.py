# upper, lower, capitalize, title, swapcase on ASCII and beyond.
for s in ["hello world", "HELLO World", "mIxEd CaSe", "123abc", "o'neil's dog", "éclair ÉTÉ",
          "", "a1b2", "hello-world_foo bar", "  leading"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
