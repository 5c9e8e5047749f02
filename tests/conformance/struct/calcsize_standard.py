# Standard sizes for the '=', '<', '>' and '!' prefixes: no padding, fixed sizes.
import struct

for prefix in '=<>!':
    sizes = []
    for code in 'xcbB?hHiIlLqQefdsp':
        sizes.append(struct.calcsize(prefix + code))
    print(prefix, sizes)

for prefix in '=<>!':
    print(prefix, struct.calcsize(prefix + 'cbxxxxxxhhhhiillffd?'), struct.calcsize(prefix + 'ci'), struct.calcsize(prefix + 'cq'))
