# 3.14: PyArg_Parse's 'C' names the length of a str that is not one character (gh-117557)
import array

for code in ['', 'ii', 'bB', 'abc']:
    try:
        array.array(code)
    except TypeError as e:
        print(repr(code), type(e).__name__, e)
