# An uncaught exception: stdout up to it, the last stderr line, exit status 1.
def check(n):
    raise ValueError("bad value: " + str(n))


print("before")
check(3)
print("not reached")
