# A non-ASCII character inside a bytes literal.
data = b"café"
