# Indexes of a slice view are relative to the slice.
m = memoryview(b"XabcdefY")
s = m[1:7]
print(s[0], s[5], s[-1], s[-6], len(s))
for i in [6, -7]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError", e)
ss = m[:7][1:]
print(ss[0], ss[-1], ss.tolist() == s.tolist())
