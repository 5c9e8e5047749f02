# splitlines on every line boundary, with and without keepends.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print("trailing\n".splitlines(), "trailing\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "no newline".splitlines())
print("a\r\n\r\nb".splitlines(), "a\n\rb".splitlines())
print("x\ny\n".split("\n"), "x\ny\n".splitlines())
