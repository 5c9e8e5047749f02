# print(file=sys.stderr) goes to stderr, which the suite does not compare; stdout keeps its order.
import sys
print("to stdout 1")
print("to stderr", file=sys.stderr)
print("to stdout 2", file=sys.stdout)
print("a", "b", sep="-", end="!\n", file=sys.stderr)
print("to stdout 3", file=None)
sys.stderr.write("direct stderr write\n")
print("done")
