# Expressions inside f-strings: calls, indexing, nested f-strings.
data = [10, 20, 30]
d = {"key": "value"}
print(f"{data[0]} {data[-1]} {data[1:]}")
print(f"{d['key']} {d.get('missing', 'default')}")
print(f"{sum(data)} {max(data)} {len(data)}")
print(f"{f'{1 + 1}'}")
print(f"{'a' + 'b'}{'c' * 3}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{[x * x for x in range(4)]}")
print(f"{'nested ' + f'{data[0]:>4}'}")
print(f"{3 if data else 4}")
print(f"{data!r:>20}")
x = 5
print(f"{x}" "{x}" f"{{x}}")
