# The runner compares stdout byte for byte.
print("hello, conformance")
print(1, 2, 3)
