# pass fills bodies that must not be empty.
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except ValueError:
    pass
finally:
    pass
def only_docstring():
    "A docstring is a body too."
print(only_docstring(), i)
