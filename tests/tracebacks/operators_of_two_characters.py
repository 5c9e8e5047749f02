def ratio(a, b):
    scaled = a * 10
    return (scaled ** 2) // b + scaled


values = [ratio(4, 2), ratio(3, -1)]
print(values)
print(ratio(1, "x"))
