# A parse error on an earlier line wins over a TabError: CPython raises that tokenizer error only
# once the parser reads the line
x = = 1
if x:
        a
	b
