# except Exception does not stop sys.exit; exit status 4.
import sys
try:
    sys.exit(4)
except Exception:
    print("never printed")
finally:
    print("finally runs")
