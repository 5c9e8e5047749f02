# yield at module level.
print("never runs")
yield 1
