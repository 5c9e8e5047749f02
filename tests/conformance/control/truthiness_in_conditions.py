# Conditions accept any value; not/and/or combine truth values.
def describe(v):
    return "yes" if v else "no"
for v in [0, 0.0, -1, "", "0", [], [[]], {}, {"": ""}, (), None, range(0), b""]:
    print(repr(v), describe(v), describe(not v), describe(v and 1), describe(v or 0))
items = []
if not items:
    print("empty list is falsy")
while items or len(items) < 3:
    items.append(len(items))
    if len(items) >= 3:
        break
print(items)
