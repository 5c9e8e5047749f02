# A triple-quoted string that never ends.
s = """never closed
print(s)
