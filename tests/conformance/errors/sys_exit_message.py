# sys.exit("msg") prints msg on stderr and exits with status 1.
import sys
print("about to fail")
sys.exit("fatal: configuration missing")
