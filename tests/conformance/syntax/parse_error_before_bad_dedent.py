# A parse error on an earlier line wins over an unindent that matches no outer level: CPython
# raises that tokenizer error only once the parser reads the line
x = = 1
if x:
    a
  b
