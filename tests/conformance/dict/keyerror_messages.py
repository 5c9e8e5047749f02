# KeyError carries the missing key; str(e) is its repr.
d = {"present": 1}
for key in ["missing", 42, (1, 2), None, "", "it's", 1.5, b"b"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["absent"]
except KeyError as e:
    print("del", e)
