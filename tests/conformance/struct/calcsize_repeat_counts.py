# Repeat counts multiply items; 's' and 'p' counts are byte lengths; counts may be zero.
import struct

for fmt in ['3i', '10s', '0s', '0p', '1p', '255p', '12x', '0x', '2h3b', '100H', '0i', '0c', '10c',
            '<3q', '>2d2f', '!5?', '=0q', '007i', '1000000x', '4s4s', '2e']:
    print(repr(fmt), struct.calcsize(fmt))
