# getattr with and without default, hasattr, on built-in objects and modules.
import math
import sys
s = "hello"
print(getattr(s, "upper")(), hasattr(s, "upper"), hasattr(s, "nope"), getattr(s, "nope", "fallback"))
print(getattr([1, 2], "count")(1), getattr(math, "floor")(2.7), getattr(sys, "maxsize") > 0)
print(hasattr(1, "to_bytes"), hasattr(None, "x"), getattr(ValueError("a"), "args"))
print(getattr(range(2, 9, 3), "step"), getattr(slice(1, 5), "stop"), getattr(math, "pi", None) is not None)
for obj, name in [(s, "nope"), (1, "x"), (None, "attr"), (math, "missing_function_name"), ([], "push")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError", e)
