# f-strings with expressions.
name = "world"
n = 42
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2}")
print(F"upper F {n}")
print(f'{"quoted"}')
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}}")
print(f"{{literal braces}} {n}")
print(f"{n}{n}{n}")
print(f"")
print(f"{name!s}")
print(f"{len(name)} {name.upper()} {name[1:3]}")
print(f"{'yes' if n > 10 else 'no'}")
print(f"""triple {n}""")
print(f"{None} {True} {3.5} {-7}")
print(f"a" f"b{n}" "c")
items = {"k": "v"}
print(f"{items['k']}")
