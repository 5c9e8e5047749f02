# A for header without its ':'.
for x in range(3)
    print(x)
