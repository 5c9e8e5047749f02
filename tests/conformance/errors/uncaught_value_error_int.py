# int() of text that is not a number.
for text in ["10", "20", "thirty"]:
    print(int(text))
