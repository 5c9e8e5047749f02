# Standard 'f' refuses finite values that round to infinity; native 'f' stores infinity.
import struct

def attempt(fmt, value):
    try:
        print(fmt, struct.pack(fmt, value))
    except Exception as e:
        print(fmt, type(e).__name__, e)

for value in [1e300, -1e300, 3.5e38, 3.4028235e38, float('inf'), 2 ** 200, -(2 ** 200), 2 ** 127]:
    attempt('<f', value)
    attempt('>f', value)
    attempt('f', value)
attempt('d', 2 ** 1024)
attempt('<d', -(2 ** 1024))
attempt('f', 2 ** 1024)
attempt('<f', 2 ** 1024)
