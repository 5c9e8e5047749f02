# An uncaught TypeError from + ends the script with exit status 1.
print("before")
x = 1 + "a"
print("never printed")
