# repr and str show the typecode and a list of the items (a string for 'u' and 'w').
import array

print(repr(array.array('b', [1, -1])), str(array.array('B', [2])))
print(repr(array.array('d', [0.1, 1e100, float('inf'), float('nan'), -0.0])))
print(repr(array.array('f', [0.1, 1 / 3])))
print(repr(array.array('w', 'quote\'"\\\n\t\x00\u20ac\U0001F600')))
print(repr(array.array('u', "it's")))
for code in array.typecodes:
    print(repr(array.array(code)))
print([array.array('i', [1]), array.array('w', 'a')])
print(f"{array.array('q', [7])}", f"{array.array('H', [7])!r}")
print(str(array.array('L', [2**64 - 1])))
