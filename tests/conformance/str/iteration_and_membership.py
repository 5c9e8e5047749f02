# Iterating over a str yields one-character strings.
for ch in "héllo":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), [c * 2 for c in "xyz"])
print("ell" in "hello", "" in "", "lo" not in "hello")
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
print(sorted("banana"), "".join(sorted("banana")))
print(list(enumerate("ab")), list(reversed("abc")))
