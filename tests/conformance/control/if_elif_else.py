# if/elif/else chains pick the first true branch; conditions use truthiness.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 90, 85, 70, 69, -1]:
    print(s, grade(s))
for v in [0, 1, "", "x", [], [0], None]:
    if v:
        print(repr(v), "truthy")
    elif v is None:
        print(repr(v), "is None")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
if x < 0:
    print("never")
print("after")
