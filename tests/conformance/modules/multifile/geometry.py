# helper of imports_beside_script.py and import_star.py: a module beside the scripts
print("geometry runs as", __name__, repr(__package__))
PI = 3.14
_hidden = "not exported"


def area(r):
    return PI * r * r


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


if __name__ == "__main__":
    print("never printed: geometry is imported")
