# MemoryError, NotImplementedError and BufferError can be raised and caught like any other.
for exc in [MemoryError(), NotImplementedError("todo"), BufferError("locked"), RuntimeError("rt")]:
    try:
        raise exc
    except (MemoryError, RuntimeError, BufferError) as e:
        print(type(e).__name__, repr(e), isinstance(e, RuntimeError))
def abstract():
    raise NotImplementedError
try:
    abstract()
except NotImplementedError as e:
    print(repr(e), e.args)
