# helper of packages_and_relative.py: relative imports one and two levels up
from .. import square
from ..square import describe
from . import __name__ as parent_name
from .. import KIND


def volume():
    return square.side ** 3


print("cube:", __name__, __package__, parent_name, KIND, describe())
