# helper of circular_import.py: imports circ_second, which imports this module back
import circ_second
def first():
    return "first"
