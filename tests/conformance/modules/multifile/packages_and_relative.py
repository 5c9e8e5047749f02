import shapes
print(shapes.KIND, shapes.square_side, shapes.square.describe())
print("shapes.solid" in dir(shapes) if False else hasattr(shapes, "solid"))
import shapes.solid.cube
print(shapes.solid.cube.volume(), hasattr(shapes, "solid"))
import shapes.solid.cube as c
print(c.volume(), c is shapes.solid.cube)
from shapes.solid import cube
print(cube is c)
from shapes import square, KIND
print(square.side, KIND)
print(shapes.__path__[0].split("/")[-1], shapes.solid.__package__, c.__package__)
import shapes_ns.flat.circle
print(shapes_ns.flat.circle.R, shapes_ns.__file__, shapes_ns.__path__[0].split("/")[-1])
print(repr(shapes_ns).startswith("<module 'shapes_ns' (namespace) from ["))
import sys
print(sorted(m for m in sys.modules if m.startswith("shapes")))
