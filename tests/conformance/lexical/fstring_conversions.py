# !r, !s and !a conversions in f-strings.
s = "it's"
print(f"{s!r}")
print(f"{s!s}")
print(f"{b'x'!r}")
print(f"{[s, 1]!r}")
print(f"{'café'!r}")
print(f"{None!r} {1.5!r}")
print(f"{s!r:>10}|")
print(f"{'x'!r:*^9}")
