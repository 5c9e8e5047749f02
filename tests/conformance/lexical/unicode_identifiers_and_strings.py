# Non-ASCII identifiers and string content.
café = "coffee"
π = 3.14159
print(café, π)
s = "naïve résumé"
print(s, len(s))
print(s.upper())
print("日本語", len("日本語"))
print("€".encode("utf-8"))
print("😀", len("😀"), ord("😀"))
print(repr("\u200b"))
Σ = sum([1, 2, 3])
print(Σ)
