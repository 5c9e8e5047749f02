# NameError and AttributeError messages from reading names and attributes.
import math
def read_undefined():
    return undefined_variable_xyz
for f in [read_undefined, lambda: math.no_such_thing_here, lambda: (1).no_attr_here, lambda: "s".no_attr_here,
          lambda: [].no_attr_here, lambda: None.no_attr_here, lambda: {}.no_attr_here, lambda: (1.5).no_attr_here]:
    try:
        f()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e, e.args)
try:
    "s".upper = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del x_never_defined_here
except NameError as e:
    print("NameError", e)
