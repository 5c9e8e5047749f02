# Counts and sizes beyond Py_ssize_t are refused; sizes up to it can still be computed.
import struct
import sys

def attempt(fmt):
    try:
        print(struct.calcsize(fmt))
    except struct.error as e:
        print('error:', e)

attempt('99999999999999999999i')
attempt('9223372036854775807x')
attempt('9223372036854775807i')
attempt('9223372036854775808x')
attempt('4611686018427387904h')
attempt('4611686018427387903h')
attempt('9223372036854775806xi')
attempt('9223372036854775806xc')
attempt(str(sys.maxsize + 1) + 'b')
attempt(str(sys.maxsize // 2) + 'b' + str(sys.maxsize // 2) + 'H')
attempt('3000000000s')
attempt('<3000000000q')
