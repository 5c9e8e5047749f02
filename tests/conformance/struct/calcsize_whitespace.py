# White space between items is ignored, but not between a count and its character.
import struct

def attempt(fmt):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'error:', e)

for fmt in [' i', 'i ', ' 3i ', 'i h', '< i', '\ti\n', 'i\x0bh\x0c', '3 i', '<\ti', ' <i', 'c  i', '\r', ' ']:
    attempt(fmt)
