# raise SystemExit with no argument exits with status 0.
print("leaving quietly")
raise SystemExit
print("never printed")
