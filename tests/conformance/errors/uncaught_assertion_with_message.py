# A failing assert with a message.
def check(v):
    assert v > 0, "value must be positive, got " + str(v)
    return v
print(check(1))
check(-5)
