# Output on stderr before the traceback does not change its last line.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
raise AttributeError("custom attribute problem")
