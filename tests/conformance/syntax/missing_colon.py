# An if header without its ':'.
if True
    print("missing colon")
