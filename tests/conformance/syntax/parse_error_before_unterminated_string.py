# A parse error on an earlier line loses to an unterminated string: CPython raises that tokenizer
# error as soon as it tokenizes the rest of the input
x = = 1
y = "abc
