# str is immutable: item assignment and deletion fail.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
try:
    s.append("d")
except AttributeError as e:
    print("AttributeError", e)
t = s.replace("a", "x")
print(s, t)
try:
    s[0:1] = "z"
except TypeError as e:
    print("TypeError", e)
print(s.upper(), s)
