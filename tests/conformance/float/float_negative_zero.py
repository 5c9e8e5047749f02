# -0.0 prints with its sign and compares equal to 0.0.
z = -0.0
print(z, repr(z), str(z), 0.0, -0.0 == 0.0, z < 0.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -(0.0), -0.0 * -1)
print(0 * -1.0, -1 * 0.0, 0.0 / -1, -0.0 / 5)
print(abs(-0.0), -abs(0.0))
print(round(-0.4), round(-0.4, 0), round(-0.0), int(-0.0))
print(-1e-300 * 1e-300, 1e-300 * 1e-300)
print(f"{-0.0}", f"{-0.0:.2f}", [-0.0])
print(-0.0 // 1, -0.0 % 1, 0.0 % -1, divmod(-0.0, 1))
print(max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))
print(float("-0"), float("-0.0"), -0)
