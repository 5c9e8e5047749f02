# Leading zeros in a non-zero decimal literal.
x = 012
