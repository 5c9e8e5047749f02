# 3.14: gh-119057: int and float //, %, divmod() and float / by zero all say "division by zero" (longobject.c, floatobject.c)
import math

def show(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)

show("int /", lambda: 1 / 0)
show("int //", lambda: 1 // 0)
show("int %", lambda: 1 % 0)
show("int divmod", lambda: divmod(1, 0))
show("big //", lambda: 10 ** 30 // 0)
show("big %", lambda: 10 ** 30 % 0)
show("float /", lambda: 1.0 / 0)
show("float //", lambda: 1.0 // 0.0)
show("float %", lambda: 1.5 % 0)
show("float divmod", lambda: divmod(1.5, 0.0))
show("int / float", lambda: 1 / 0.0)
show("log base 1", lambda: math.log(10, 1))
x = 7
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e)
