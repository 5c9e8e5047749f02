# 3.14: "argument of type 'X' is not a container or iterable" (Objects/abstract.c, _PySequence_IterSearch's message reworded in 3.14)
class Opaque:
    pass

for container in (5, None, 1.5, Opaque(), len):
    try:
        print(1 in container)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("x" not in 3)
except TypeError as e:
    print(type(e).__name__, e)
