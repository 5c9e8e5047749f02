# helper of import_star.py: a module with __all__
__all__ = ["visible", "also"]
visible = 1
also = 2
hidden = 3
_under = 4
