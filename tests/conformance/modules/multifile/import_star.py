from geometry import *
print(PI, area(1), Point(0, 0))
try:
    print(_hidden)
except NameError as e:
    print(e)
from exported import *
print(visible, also)
try:
    print(hidden)
except NameError as e:
    print(e)
