# str.replace with counts, empty patterns and no matches.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2), s.replace("fish", "cat", 0), s.replace("fish", "cat", -1))
print(s.replace("bird", "cat"), s.replace(" ", ""))
print("aaa".replace("a", "aa"), "aaaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "hello".replace("hello", ""))
print("ééé".replace("é", "e", 1))
print("abc".replace("b", "B", count=1))
