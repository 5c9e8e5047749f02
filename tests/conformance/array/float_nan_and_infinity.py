# nan never equals itself, so arrays holding nan compare unequal; infinities round-trip.
import array

inf = float('inf')
nan = float('nan')
for code in 'fd':
    a = array.array(code, [nan, inf, -inf, 0.0])
    print(a)
    print(a == a, a != a, a[1] == inf, a[0] == a[0])
    print(a.count(nan), nan in a, inf in a, a.index(-inf))
    b = array.array(code, [0.0])
    c = array.array(code, [-0.0])
    print(b == c, b.tobytes() == c.tobytes(), c)
    print(array.array(code, [1.0, nan]) < array.array(code, [2.0, nan]))
    print(array.array(code, [nan]) < array.array(code, [nan, 1.0]))
