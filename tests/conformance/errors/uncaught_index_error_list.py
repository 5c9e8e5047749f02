# Reading past the end of a list.
items = [1, 2, 3]
for i in range(5):
    print(items[i])
