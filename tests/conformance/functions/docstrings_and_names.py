# Functions defined anywhere keep their names; redefinition rebinds the name.
def first():
    "Documentation string."
    return 1
print(first.__name__, first())
def first():
    return 2
print(first())
def outer():
    def inner():
        return "inner"
    return inner
print(outer().__name__, outer()())
if True:
    def conditional():
        return "defined in if"
print(conditional())
