# 3.14: the bad typecode message lists 'w' (gh-132527)
import array

for code in ['x', 'c', '?', 'e', 'n', 'N', 'P', 's', 'Z', '\xe9']:
    try:
        array.array(code)
    except ValueError as e:
        print(repr(code), type(e).__name__, e)
try:
    array.array('z', [1, 2])
except ValueError as e:
    print(type(e).__name__, e)
