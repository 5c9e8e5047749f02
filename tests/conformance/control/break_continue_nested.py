# break and continue affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print("found", found, "in row", row)
count = 0
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    j = 0
    while True:
        j += 1
        if j >= i:
            break
    count += j
print(count)
