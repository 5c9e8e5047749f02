# Packing then unpacking gives back the values (floats to their precision), in every byte order.
import struct

c = b'a'
b = 1
h = 255
i = 65535
l = 65536
f = 3.1415
d = 3.1415
t = True
for prefix in ('', '@', '<', '>', '=', '!'):
    for fmt in ('xcbhilfd?', 'xcBHILfd?'):
        fmt = prefix + fmt
        s = struct.pack(fmt, c, b, h, i, l, f, d, t)
        cp, bp, hp, ip, lp, fp, dp, tp = struct.unpack(fmt, s)
        print(repr(fmt), len(s), cp == c, bp == b, hp == h, ip == i, lp == l,
              int(100 * fp) == int(100 * f), int(100 * dp) == int(100 * d), tp == t)
        print(s)
