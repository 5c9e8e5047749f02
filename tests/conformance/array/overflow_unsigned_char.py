# 'B': an unsigned byte integer, with PyArg_Parse's 'b' messages.
import array

a = array.array('B')
for v in [0, 255, 256, -1, 65536, -65536, 2**63 - 1, 2**63, -2**63 - 1, 2**70]:
    try:
        a.append(v)
        print(v, 'ok')
    except OverflowError as e:
        print(v, type(e).__name__, e)
print(a)
try:
    a[0] = 1000
except OverflowError as e:
    print(type(e).__name__, e)
print(a)
