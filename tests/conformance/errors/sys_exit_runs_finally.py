# SystemExit unwinds through finally blocks; the exit status is 2.
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit(2)
    finally:
        print("finally still runs")
shutdown()
print("never printed")
