# Equality between an array and a view of a copy follows item writes (test_memoryview_array).
import array
for tc, single in [("b", -7), ("H", 999), ("i", 5), ("q", -2 ** 40), ("f", 0.5), ("d", -1e10)]:
    a = array.array(tc, [1, 2, 3])
    b = array.array(tc, [1, 2, 3])
    m = memoryview(b)
    results = []
    for i in range(len(a)):
        ai = a[i]
        a[i] = single
        results.append((a == m, a == b))
        m[i] = single
        results.append((a == m, b == m))
        a[i] = ai
        m[i] = ai
    print(tc, results, m == a)
