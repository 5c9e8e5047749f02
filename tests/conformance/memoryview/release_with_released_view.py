# Entering a released view in a with statement raises ValueError.
m = memoryview(b"abc")
m.release()
try:
    with m:
        print("entered")
except ValueError as e:
    print("ValueError", e)
try:
    m.__enter__()
except ValueError as e:
    print("ValueError", e)
print(m.__exit__(None, None, None), m.__exit__(1, 2, 3))
