import importlib
import sys

g = importlib.import_module("geometry")
print(g.PI, g is sys.modules["geometry"])
cube = importlib.import_module("shapes.solid.cube")
print(cube.volume(), cube.__name__)
sq = importlib.import_module(".square", "shapes")
print(sq.side, importlib.import_module("..square", "shapes.solid").side)
print(importlib.__name__, importlib.__file__.split("/")[-2:], "importlib" in sys.modules)
top = __import__("shapes.solid.cube")
print(top.__name__)
mod = __import__("shapes.solid", fromlist=["cube"])
print(mod.__name__, mod.cube.volume())
print(__import__("sys") is sys)
for bad in [lambda: importlib.import_module(".x"), lambda: importlib.import_module("nope.sub"),
            lambda: __import__(""), lambda: __import__(5), lambda: __import__("x", level=-1),
            lambda: importlib.import_module("...x", "shapes")]:
    try:
        bad()
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
