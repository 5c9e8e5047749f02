# helper of circular_import.py: a from-import of a name the partial module does not have yet
import circ_bad_other
late = 1
