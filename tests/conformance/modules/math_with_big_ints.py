# math.floor/ceil return exact ints; math.sqrt converts ints to float.
import math
print(math.floor(10**30), math.ceil(-10**30), math.floor(2**70))
print(math.sqrt(10**30), math.sqrt(2**100))
print(math.floor(1e300) == int(1e300), math.ceil(1.5e16))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("OverflowError", e)
