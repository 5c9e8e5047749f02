# Assignment anywhere in a function makes a name local to it.
x = "global"
def reads():
    return x
def shadows():
    x = "local"
    return x
def param(x):
    return x
print(reads(), shadows(), param("argument"), x)
def unbound():
    print(x)
    x = "too late"
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def unbound_aug():
    x += "!"
try:
    unbound_aug()
except UnboundLocalError as e:
    print("UnboundLocalError", e, isinstance(e, NameError))
def missing():
    return not_defined_anywhere
try:
    missing()
except NameError as e:
    print("NameError", e)
def free_var_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    later = 1
free_var_unbound()
