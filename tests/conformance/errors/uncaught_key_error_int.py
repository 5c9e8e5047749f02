# A missing int key raised from dict.pop.
d = {1: "one"}
print(d.pop(1))
d.pop(0)
