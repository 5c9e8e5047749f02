# nbytes is the size the view would have if it were contiguous.
import array
a = array.array("l", range(20))
m = memoryview(a)
print(m.nbytes, m[::2].nbytes, m[::-3].nbytes, m[5:5].nbytes, m[1:2].nbytes)
c = m.cast("B")
print(c.nbytes, c.cast("B", [8, 20]).nbytes, c.cast("i", [5, 8]).nbytes)
print(c[:8].cast("q", []).nbytes, c[::7].nbytes, c[::-1].nbytes)
