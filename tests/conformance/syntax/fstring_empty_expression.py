# An f-string replacement field with no expression.
x = 5
print(f"{}")
