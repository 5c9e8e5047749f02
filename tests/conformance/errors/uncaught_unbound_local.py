# Reading a local before its assignment.
total = 10
def broken():
    total += 1
    return total
print("calling")
broken()
