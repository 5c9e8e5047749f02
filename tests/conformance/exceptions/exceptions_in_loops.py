# Catching exceptions per item keeps a loop going.
results = []
for s in ["1", "x", "3", "", "5.5", "-7"]:
    try:
        results.append(int(s))
    except ValueError as e:
        results.append("bad: " + str(e))
print(results)
data = {"a": 1}
for key in ["a", "b", "a"]:
    try:
        print(key, data[key])
    except KeyError:
        print(key, "missing")
        data[key] = 0
print(data)
total = 0
i = 0
while True:
    try:
        total += [10, 20, 30][i]
        i += 1
    except IndexError:
        break
print(total, i)
