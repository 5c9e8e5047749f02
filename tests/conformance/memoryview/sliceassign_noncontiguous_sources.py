# Stepped and reversed views can be both the target and the source of slice assignment.
import array
ex1 = array.array("B", range(12))
ex2 = array.array("B", range(0, 48, 2))
m1 = memoryview(ex1)[::-1]
m2 = memoryview(ex2)[::2]
l1 = ex1.tolist()[::-1]
l2 = ex2.tolist()[::2]
m1[2:5] = m2[2:5]
l1[2:5] = l2[2:5]
print(m1.tolist(), m1.tolist() == l1)
m1[1:3][::-1] = m2[0:2][::1]
print(m1.tolist())
m1[4:1:-2][::-1] = m1[1:4:2][::1]
print(m1.tolist(), m2.tolist())
print(ex1.tolist())
