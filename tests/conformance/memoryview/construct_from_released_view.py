# A released view cannot be the source of a new view.
m = memoryview(b"abc")
m2 = memoryview(m)
m.release()
try:
    memoryview(m)
except ValueError as e:
    print("ValueError", e)
print(m2.tolist())
m2.release()
try:
    memoryview(m2)
except ValueError as e:
    print("ValueError", e)
