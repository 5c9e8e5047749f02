# Whole-number floats print with a trailing .0 up to 1e16.
for e in range(0, 18):
    print(e, 10.0 ** e, -(10.0 ** e))
print(2.0**52, 2.0**53, 2.0**60)
print(float(12345678901234567))
print(1.0, 10.0, 100.0, 0.0)
