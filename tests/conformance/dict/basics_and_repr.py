# dict displays, insertion order, repr and len.
d = {"b": 1, "a": 2, 3: "three", (1, 2): [4], None: None, 1.5: b"x"}
print(d, len(d))
print({}, dict(), {"k": {"nested": {"deep": []}}})
d["c"] = 3
d["b"] = 100
print(list(d), d)
print({1: "a", 1.0: "b", True: "c"})
print(str({"s": "it's"}), repr({'q': '"'}))
print({-0.0: 1, 0: 2}, {10**20: 1})
