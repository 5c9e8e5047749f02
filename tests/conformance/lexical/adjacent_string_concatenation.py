# Adjacent literals concatenate at compile time.
print("a" "b" 'c')
print("con" \
      "tinued")
s = ("first part, "
     "second part, "
     'third part')
print(s)
print(b"x" b"y")
print("ab" f"{1 + 1}" "cd")
print(("a"
       "b") * 2)
