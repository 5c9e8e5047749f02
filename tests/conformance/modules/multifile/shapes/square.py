# helper of packages_and_relative.py: a module of the package
side = 4


def describe():
    return "square in " + __package__
