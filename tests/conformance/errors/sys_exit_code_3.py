# sys.exit(3): exit status 3, nothing on stderr, later code never runs.
import sys
print("exiting with 3")
sys.exit(3)
print("never printed")
