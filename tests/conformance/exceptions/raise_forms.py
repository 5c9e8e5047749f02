# raise with a class, an instance, a message, and re-raise with bare raise.
for thrower in [lambda: ValueError, lambda: ValueError("instance"), lambda: TypeError("type", 2)]:
    try:
        raise thrower()
    except Exception as e:
        print(type(e).__name__, repr(e))
def reraise():
    try:
        int("x")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def raise_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise IndexError("from else")
try:
    raise_in_else()
except IndexError as e:
    print("IndexError", e)
