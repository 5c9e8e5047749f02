# Two list elements without a comma between them.
x = [1, 2 3]
