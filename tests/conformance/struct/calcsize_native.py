# Native sizes ('@' or no prefix) of every struct format character on x86-64.
import struct

for code in 'xcbB?hHiIlLqQnNefdspP':
    print(code, struct.calcsize(code), struct.calcsize('@' + code))

print(struct.calcsize('iii') == 3 * struct.calcsize('i'))
print(struct.calcsize('cbxxxxxxhhhhiillffd?'))
print(struct.calcsize('3c3b18x12h6i6l6f3d3?'))
print(struct.calcsize('') , struct.calcsize('@'))
