# repr and str of every Tier-1 value type.
values = [0, -7, 10**25, 1.5, -0.0, 1e-7, float("inf"), True, None, ..., "s", "it's", b"b", b"\x00'",
          bytearray(b"ba"), [], [1, "2"], (), (1,), (1, 2), {}, {"k": [1, (2,)]}, range(3), range(1, 9, 2),
          slice(3), slice(1, 2), slice(None, None, -1), slice("a", [1], None)]
for v in values:
    print(type(v).__name__, repr(v), str(v))
print([[[]]], ((),), {"": {}}, [(), [], {}])
