# All stdout written before the failure must appear.
for i in range(200):
    print("line", i, "x" * (i % 40))
raise LookupError("after output")
