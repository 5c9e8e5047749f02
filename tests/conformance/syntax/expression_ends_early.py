# A binary operator with no right operand.
x = 5 +
