# helper of circular_import.py
import circ_first
print("second sees a partial first:", hasattr(circ_first, "first"))
def second():
    return circ_first.first() + "+second"
