# Every slice of a view selects the same items as the same slice of a list.
m = memoryview(bytes(range(7)))
l = list(range(7))
checked = 0
bad = 0
vals = [None] + list(range(-9, 10))
for a in vals:
    for b in vals:
        for c in [None, 1, 2, 3, -1, -2, -3, 7, -7]:
            checked += 1
            if m[a:b:c].tolist() != l[a:b:c] or len(m[a:b:c]) != len(l[a:b:c]):
                bad += 1
print(checked, bad)
