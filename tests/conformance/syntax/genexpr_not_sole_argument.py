# An unparenthesized generator expression must be the sole argument.
print(sum(x for x in range(3), 1))
