# isdigit, isalpha, isspace, isalnum, isupper, islower, isdecimal, isnumeric, isidentifier.
samples = ["123", "12.5", "abc", "ABC", "Abc", "abc123", "", " ", "\t\n", "a b", "²",
           "é", "_x", "1x", "Hello World", "HELLO1"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(),
          s.islower(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.istitle())
