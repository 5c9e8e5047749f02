# NaN items make a view unequal even to itself; containers still use identity first.
import array
nan = float("nan")
for tc in "fd":
    a = array.array(tc, [1.0, nan])
    m = memoryview(a)
    print(tc, m == m, m != m, m == memoryview(a), [m] == [m], m in [m], m[:1] == m[:1], m.tolist()[1] != m.tolist()[1])
e = memoryview(bytearray(2)).cast("e")
e[0] = nan
print("e", e == e, e != e)
