# Input that ends inside an f-string's replacement field reports the innermost open bracket,
# here one opened in the field's expression
s = f'''{len((1, 2)
