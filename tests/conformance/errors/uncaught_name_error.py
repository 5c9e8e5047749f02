# Reading a name that was never bound.
print("start")
print(completely_unknown_identifier)
