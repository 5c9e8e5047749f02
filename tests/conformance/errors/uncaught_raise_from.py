# raise ... from: the last line is the new exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("parse failed for " + repr(text)) from e
print(parse("7"))
parse("seven")
