# A handler that logs and re-raises.
try:
    int("x")
except ValueError:
    print("logging the error and re-raising")
    raise
