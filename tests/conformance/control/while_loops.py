# while with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished without break")
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square over 50:", i)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("breaking at", k)
        break
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of a loop that never ran")
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
