# A statement indented without an enclosing block.
x = 1
    y = 2
