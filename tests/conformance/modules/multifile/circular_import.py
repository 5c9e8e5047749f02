import sys
import circ_first
print(circ_first.first(), sys.modules["circ_second"].second())
here = __file__.rsplit("/", 1)[0]
try:
    import circ_bad
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "."))
    print(e.name, "circ_bad" in sys.modules, "circ_bad_other" in sys.modules)
