# helper of circular_import.py
from circ_bad import late
