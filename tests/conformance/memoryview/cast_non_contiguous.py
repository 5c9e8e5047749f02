# Only C-contiguous views can be cast; one-item stepped views are contiguous,
# empty reversed views are not.
m = memoryview(bytes(range(12)))
for v in [m[::2], m[::-1], m[1::3], m[10:2:-1], m[5:6:-1]]:
    try:
        v.cast("B")
    except TypeError as e:
        print(v.strides, "TypeError", e)
for v in [m[2:10], m[::100], m[::-100], m[3:3]]:
    c = v.cast("c")
    print(v.strides, "ok", c.shape, c.tolist())
n = m.cast("B", [3, 4])[::-1]
try:
    n.cast("B")
except TypeError as e:
    print("2-D reversed TypeError", e)
