# The runner runs each script from its own directory, as `cd dir && python3 argv.py`.
import sys

print(sys.argv)
