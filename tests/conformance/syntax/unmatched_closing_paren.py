# A closing parenthesis without an opening one.
print(1))
