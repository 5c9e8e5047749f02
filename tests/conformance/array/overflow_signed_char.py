# 'b' parses like a C short first, then checks a signed char's range: each stage has its own message.
import array

a = array.array('b')
for v in [-128, 127, 128, -129, 32767, 32768, -32768, -32769, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**100, -2**100]:
    try:
        a.append(v)
        print(v, 'ok')
    except OverflowError as e:
        print(v, type(e).__name__, e)
print(a)
