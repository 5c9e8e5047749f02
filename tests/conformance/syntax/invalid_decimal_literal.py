# Letters glued to a decimal literal.
x = 1abc
