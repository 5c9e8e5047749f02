# helper of packages_and_relative.py: a module in a namespace package (no __init__.py)
R = 1
