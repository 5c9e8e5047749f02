# sys.exit(n): the status comes from the .exit file.
import sys

print("exiting with 3")
sys.exit(3)
