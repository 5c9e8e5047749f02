# Soft keywords and names that look like keywords are ordinary identifiers.
match = 1
case = 2
type_ = 3
_ = 4
print(match, case, type_, _)
print_ = print
print_("aliased print")
True_value = True
None_ish = None
print(True_value, None_ish)
__dunder__ = "dunder"
print(__dunder__)
_private = 5
print(_private + _)
