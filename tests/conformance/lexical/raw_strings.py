# Raw strings keep backslashes.
print(r"\n")
print(len(r"\n"))
print(r'\x41\u00e9')
print(R"C:\path\to\file")
print(repr(r"\\"))
print(r"a\"b")
print(len(r"a\"b"))
print(r'''raw
triple \t''')
print(repr(r"\0"))
print(r"" == "")
