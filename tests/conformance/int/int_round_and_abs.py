# round() and abs() on ints, including negative ndigits.
print(round(5), round(-5), type(round(5)).__name__)
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1235, -1))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(150, -2), round(250, -2))
print(round(123456789, -5), round(2**70, -10))
print(round(5, 2), round(-17, 0))
print(abs(0), abs(-7), abs(7), abs(-2**100), abs(True))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
