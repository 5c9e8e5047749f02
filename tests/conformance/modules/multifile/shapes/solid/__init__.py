# helper of packages_and_relative.py: a subpackage
