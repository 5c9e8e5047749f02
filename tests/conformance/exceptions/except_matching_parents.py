# except clauses match subclasses; the first matching clause wins.
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except (KeyError, IndexError) as e:
        return "lookup tuple handler: " + type(e).__name__
    except LookupError:
        return "LookupError handler"
    except NameError:
        return "NameError handler"
    except Exception as e:
        return "Exception handler: " + type(e).__name__
for exc in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), LookupError(), UnboundLocalError(),
            NameError(), ValueError(), TypeError(), RecursionError(), NotImplementedError(), AssertionError(),
            StopIteration(), MemoryError(), BufferError(), AttributeError(), RuntimeError()]:
    print(type(exc).__name__, "->", classify(exc))
