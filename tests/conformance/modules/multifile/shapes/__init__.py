# helper of packages_and_relative.py: a package
print("shapes init:", __name__, __package__, __file__.split("/")[-2:])
from . import square
from .square import side as square_side
KIND = "shapes"
