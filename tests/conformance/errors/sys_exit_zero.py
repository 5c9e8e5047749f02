# sys.exit(0) stops the script successfully.
import sys
for i in range(5):
    print(i)
    if i == 2:
        sys.exit(0)
