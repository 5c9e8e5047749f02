# A comment on the first line
x = 1  # trailing comment
# comment between statements

y = [  # comment after an opening bracket
    1,  # first
    2,  # second
    # a comment line inside the brackets
    3,
]  # after the closing bracket
print(x, y)  # print them

def f():
    # comment as the first line of a body
    return "f"  # comment after return
    # comment after the last statement

print(f())
s = "# not a comment"
print(s)
print('#', "#" + '#')
if x:
# a comment at column 0 inside a block does not dedent
    print("still inside")
