# Pure Python: calls of small functions (positional, default and keyword arguments) and recursion.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def add(a, b):
    return a + b


def scale(a, factor=3):
    return a * factor


def clamp(value, low=0, high=1000):
    if value < low:
        return low
    if value > high:
        return high
    return value


def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)


def bench():
    s = 0
    for i in range(n // 4):
        s = add(s, scale(i & 15)) + clamp(i, high=500)
    return s + fib(20)


print(bench())
