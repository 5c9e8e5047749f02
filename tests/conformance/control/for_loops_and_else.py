# for over lists, strings, ranges and dicts; else runs only without break.
for x in [1, 2, 3]:
    print("x", x)
else:
    print("for else ran")
for ch in "abc":
    if ch == "b":
        print("found b")
        break
else:
    print("not printed")
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in [9, 13, 15, 17]:
    find_prime_factor(n)
for i in range(0):
    print("never")
else:
    print("empty loop else")
for key in {"b": 1, "a": 2}:
    print("key", key)
for i in range(3):
    pass
print("loop variable after loop:", i)
