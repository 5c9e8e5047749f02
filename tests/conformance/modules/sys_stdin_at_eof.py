# sys.stdin with nothing to read (the runner gives no input): every way of reading ends at once
import sys

print(type(sys.stdin).__name__)
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
print(sys.stdin.readlines())
print(list(sys.stdin))
print(repr(sys.stdin.read(None)))
print(iter(sys.stdin) is sys.stdin)
for line in sys.stdin:
    print("never", line)
try:
    next(sys.stdin)
except StopIteration:
    print("StopIteration")
try:
    sys.stdin.read("3")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.readline()
except OSError as e:
    print(type(e).__name__, e)
sys.stdin.read(1.5)
