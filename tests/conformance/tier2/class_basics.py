# Tier 2: classes with __init__, methods, instance and class attributes.
class Point:
    dimensions = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"
p = Point(1, 2)
q = p.moved(3, -1)
print(p, q, p.x, q.y, Point.dimensions, p.dimensions)
p.x = 10
print(p, type(p).__name__, isinstance(p, Point))
print(hasattr(p, "z"), getattr(p, "y"))
try:
    p.z
except AttributeError as e:
    print("AttributeError", e)
