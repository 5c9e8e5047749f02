# 3.14: iter() of a released view raises ValueError (gh-126341); CPython 3.13.0 leaked it as a SystemError
m = memoryview(b"abc")
m.release()
try:
    iter(m)
except ValueError as e:
    print("ValueError", e)
try:
    for x in m:
        print(x)
except ValueError as e:
    print("ValueError", e)
