# issubclass across the built-in exception hierarchy.
names = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError,
         KeyError, ValueError, TypeError, NameError, UnboundLocalError, AttributeError, AssertionError,
         RuntimeError, RecursionError, NotImplementedError, StopIteration, MemoryError, BufferError,
         SystemExit, KeyboardInterrupt]
parents = [BaseException, Exception, ArithmeticError, LookupError, NameError, RuntimeError]
for cls in names:
    print(cls.__name__, [p.__name__ for p in parents if issubclass(cls, p)])
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)), issubclass(int, int))
print(issubclass(KeyError, (TypeError, ValueError)), issubclass(IndexError, (TypeError, LookupError)))
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
