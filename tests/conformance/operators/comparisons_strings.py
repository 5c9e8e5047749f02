# str compares by code point.
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("Z" < "a", "9" < "A", " " < "0")
print("apple" == "apple", "apple" != "Apple")
print("é" > "z", "\u00e9" == "é")
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9"]))
print(max("hello"), min("hello"))
print("abc" <= "abc", "abc" >= "abd")
print(b"abc" < b"abd", b"a" < b"ab", b"Z" < b"a")
try:
    print("a" < b"a")
except TypeError as e:
    print("TypeError", e)
print("a" == b"a")
try:
    print("1" < 1)
except TypeError as e:
    print("TypeError", e)
