# Calling something that is not callable.
values = [1, 2]
print(values)
values()
