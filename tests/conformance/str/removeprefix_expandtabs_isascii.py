# removeprefix/removesuffix, expandtabs and isascii.
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "a.py".removesuffix(".py"))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print("abc".isascii(), "é".isascii(), "".isascii())
