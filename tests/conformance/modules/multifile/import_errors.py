import sys
here = __file__.rsplit("/", 1)[0]
for stmt in ["import no_such_module", "import geometry.sub", "import shapes.nothing",
             "from geometry import nothing", "from shapes import nothing", "from sys import nothing",
             "from . import geometry", "from .geometry import area"]:
    try:
        if stmt == "import no_such_module":
            import no_such_module
        elif stmt == "import geometry.sub":
            import geometry.sub
        elif stmt == "import shapes.nothing":
            import shapes.nothing
        elif stmt == "from geometry import nothing":
            from geometry import nothing
        elif stmt == "from shapes import nothing":
            from shapes import nothing
        elif stmt == "from sys import nothing":
            from sys import nothing
        elif stmt == "from . import geometry":
            from . import geometry
        else:
            from .geometry import area
    except ImportError as e:
        print(stmt, "->", type(e).__name__, str(e).replace(here, "."), e.name)
try:
    import raises_on_import
except KeyError as e:
    print("KeyError", e, "raises_on_import" in sys.modules)
try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e, e.msg, e.lineno, e.offset, repr(e.text), e.filename.split("/")[-1])
print("broken_syntax" in sys.modules)
