# Raising a class with no arguments prints only its name.
print("about to raise")
raise RuntimeError
