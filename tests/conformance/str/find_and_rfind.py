# find/rfind return -1 when absent; start/end bound the search.
s = "hello, hello, world"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"))
print(s.find("l"), s.rfind("l"), s.find(""), s.rfind(""), len(s))
print(s.find("hello", 1), s.find("hello", 1, 10), s.find("hello", 1, 12))
print(s.rfind("hello", 0, 12), s.rfind("l", -5), s.find("o", -8, -2))
print(s.find("", 100), s.find("", 19), s.rfind("", 5, 3))
print("aaa".find("aa"), "aaa".rfind("aa"))
print("é☃é".find("é", 1), "é☃é".rfind("☃"))
