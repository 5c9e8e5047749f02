# Building strings with + and *, and comparing them.
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
print("-" * 20)
print("ab" * 3 + "c", ("ab" + "c") * 2)
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa")
print("a" < "aa" < "b", "Z" < "a", "apple" > "Apple")
words = ["delta", "Alpha", "charlie", "bravo"]
print(sorted(words), sorted(words, key=lambda w: w.lower()))
print(max(words), min(words), max(words, key=len))
