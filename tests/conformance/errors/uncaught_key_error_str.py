# A missing str key: the last line shows the key's repr.
d = {"present": 1}
print(d["present"])
print(d["missing"])
