# gc.collect() runs the collector and returns how many unreachable objects it found (an int); generations 0-2.
import gc
print(type(gc.collect()).__name__, gc.collect() >= 0)
for generation in (0, 1, 2):
    print(generation, type(gc.collect(generation)).__name__)
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(type(gc.collect(generation=1)).__name__)
