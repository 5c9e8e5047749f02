# '@'-prefixed formats behave like the bare native ones, including the byte rules.
import array
m = memoryview(array.array("i", [1, -1]))
v = m.cast("@B")
print(v.format, v.tolist())
w = v.cast("@i")
print(w.format, w.tolist(), w == m)
try:
    w.cast("@h")
except TypeError as e:
    print("TypeError", e)
try:
    w.cast("h")
except TypeError as e:
    print("TypeError", e)
print(w.cast("@c").cast("B").tolist() == v.tolist())
