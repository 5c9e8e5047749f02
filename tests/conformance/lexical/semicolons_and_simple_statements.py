# Several simple statements on one line separated by semicolons.
a = 1; b = 2; c = a + b
print(a, b, c)
print("one"); print("two");
if c == 3: print("inline if")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(): return "inline def"
print(f())
x = 0; x += 5; x *= 2; print(x)
