# Tier 2: str.format with format specs.
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x} {:#b}".format(3.14159, 5, 1234567, 255, 5))
print("{0:*^11} {1:.1%}".format("mid", 0.256))
print("{name:>6}:{value:04d}".format(name="k", value=7))
print("{:e} {:g} {:.3}".format(1234.5, 0.00001, "abcdef"))
