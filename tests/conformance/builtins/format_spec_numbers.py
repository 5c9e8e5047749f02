# format() of ints and floats: fill, align, sign, '#', '0', width, grouping, precision and every type.
ints = [0, 7, -42, 255, 1234567, -2**70]
int_specs = ["", "d", "+d", " d", "8", "<8", "^8", "=+8", "*>10", "08", "010,", "_", ",", "x", "X", "#x", "#010x",
             "_x", "#_b", "o", "#o", "b", "n", "e", ".2f", "%"]
for v in ints:
    print(v, [format(v, s) for s in int_specs])
floats = [0.0, -0.0, 1.0, 0.5, 2.5, 2.675, -1234.5678, 1e16, 1.5e-7, 123456789.0, 1 / 3]
float_specs = ["", ".3", "5", "f", ".0f", "#.0f", ".2f", "+.1f", "z.1f", "e", ".2E", "g", ".3g", "#g", "G", "%", ".1%",
               "010.2f", ",.2f", "_.1f", "^12.3", "n", ".10"]
for v in floats:
    print(v, [format(v, s) for s in float_specs])
inf, nan = float("inf"), float("nan")
print([format(inf, s) for s in ["", "f", "F", "+e", "010", "<6", "%"]], [format(nan, s) for s in ["", "G", "+", "z"]])
print(format(True, ""), format(True, "d"), format(False, "5"), format(65, "c"), format(0x1F600, "^5c"))
print(f"{3.14159:.2f}|{42:>5}|{1234567:,}|{255:#x}|{0.5:%}|{-1:+}|{2**64:_x}")
