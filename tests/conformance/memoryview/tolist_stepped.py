# tolist() of stepped views matches the array's slice (test_memoryview_tolist).
import array
a = array.array("h", list(range(-6, 6)))
m = memoryview(a)
print(m == a, m.tolist() == a.tolist())
a2 = a[2::3]
m2 = m[2::3]
print(m2 == a2, m2.tolist(), a2.tolist())
print(m[::-1].tolist() == a.tolist()[::-1], m[::-5].tolist(), m[10:1:-4].tolist())
