# Native mode aligns each item to its size; nothing is added at the end unless a 0-count item asks.
import struct

for fmt in ['ci', 'ic', 'c0i', 'llh', 'llh0l', 'ce', 'c?', 'cP', 'cn', 'cd', 'cf', 'cq', 'cl', 'bh', 'hq',
            'bbbbq', 'cxi', 'c3s i', '5sd', '5pq', 'hhhhhhi', 'qc', 'c0q', 'c0h', 'xh', 'xxxxxi', 'ihq']:
    standard = struct.calcsize('=' + fmt) if 'P' not in fmt and 'n' not in fmt else None
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize('@' + fmt), standard)
