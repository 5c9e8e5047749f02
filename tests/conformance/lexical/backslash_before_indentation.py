# A backslash right after a line's indentation continues the line: the indentation is measured up
# to the first backslash, or after it when the backslash is in column 0 (CPython's tokenizer).
if True:
    try:
        print("try body")
    \
except ValueError:
        print("not reached")
    print("after try")
\
    print("continued at column 0, indented by the spaces after the backslash")
def f():
  \
    \
        return "indentation of the first physical line"
print(f())
x = 1
\
\
y = 2
print(x, y)
for i in range(2):
    \

    print("a continued blank line is still blank", i)
