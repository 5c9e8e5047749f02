# Closures see the variable, not the value at definition time.
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])
def make_fixed():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return fns
print([f() for f in make_fixed()])
def changing():
    x = 1
    def get():
        return x
    x = 2
    return get
print(changing()())
def nested_three():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()
print(nested_three()())
