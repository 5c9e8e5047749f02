# split/rsplit with and without separators and maxsplit.
s = "  a  b   c  "
print(s.split(), s.split(" "), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("a\tb\nc\x0bd\x0ce\rf".split())
print("x".split("x"), "xx".split("x"), "a b".split(" ", 0), "a b c".split(" ", -1))
print("1.2.3.4".split(".", 2), "1.2.3.4".rsplit(".", 2))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
