# helper of circular_import.py; as a script, it imports circ_bad, which imports this file again as a module
try:
    from circ_bad import late
except ImportError as e:
    if __name__ != "__main__":
        raise
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "."))
