# NotImplementedError raised by a placeholder function.
def todo():
    raise NotImplementedError("later")
print("calling todo")
todo()
