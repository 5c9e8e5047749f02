# Names next to each other without an operator.
a b c
