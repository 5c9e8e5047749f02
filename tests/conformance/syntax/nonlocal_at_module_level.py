# nonlocal outside any function.
nonlocal x
