# Iteration follows insertion order; deleting and re-inserting moves a key to the end.
d = {}
for word in "the quick brown fox jumps over the lazy dog".split():
    d[word] = d.get(word, 0) + 1
print(d)
del d["quick"]
d["quick"] = 1
print(list(d))
d["the"] = 99
print(list(d))
for key in list(d):
    if len(key) == 3:
        del d[key]
print(d)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
