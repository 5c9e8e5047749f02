# An attribute that an int does not have.
n = 5
print(n)
n.qqq_no_such_attribute
