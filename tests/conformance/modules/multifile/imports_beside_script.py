import geometry
import geometry as g
from geometry import area, Point as P
import sys

print(geometry.area(2), area(1), P(1, 2), g is geometry)
print(geometry.__name__, geometry.__file__.split("/")[-1], repr(geometry.__package__))
print(repr(geometry).startswith("<module 'geometry' from '"), repr(sys))
print("geometry" in sys.modules, sys.modules["geometry"] is geometry)
import geometry  # a second import runs nothing
print(sys.modules["__main__"].__name__, __name__, __file__.split("/")[-1])
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0])
sys.modules["fake"] = "anything"
import fake
print(fake)
geometry.PI = 3
print(area(1))


def main():
    print("main runs")


if __name__ == "__main__":
    main()
