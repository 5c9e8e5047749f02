# The warning categories are builtins with CPython's hierarchy; each can be raised and caught as an exception.
names = ["Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
         "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
         "EncodingWarning"]
classes = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
           FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for name, cls in zip(names, classes):
    print(name, cls.__name__, cls.__module__, issubclass(cls, Warning), issubclass(cls, Exception),
          [b.__name__ for b in cls.__mro__])
    try:
        raise cls("careful", 1)
    except Warning as e:
        print(" ", type(e).__name__, e.args, repr(e), str(e))
for cls in classes:
    print(cls.__name__, [other.__name__ for other in classes if other is not cls and issubclass(cls, other)])
try:
    raise BytesWarning
except UserWarning:
    print("wrong handler")
except Warning as e:
    print("caught", repr(e))
