# raise SystemExit(42) exits with status 42.
print("leaving with 42")
raise SystemExit(42)
