# Input that ends inside an f-string's replacement field reports the innermost open bracket, the
# field's '{', like any bracket left open at the end of input
print(f'value: {x + 1
