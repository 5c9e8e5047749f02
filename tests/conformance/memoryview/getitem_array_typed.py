# Indexing views over arrays returns the array's item values.
import array
for tc, vals in [("b", [-128, 0, 127]), ("B", [0, 128, 255]), ("h", [-32768, 1, 32767]),
                 ("H", [0, 1, 65535]), ("i", [-2 ** 31, 0, 2 ** 31 - 1]), ("I", [0, 1, 2 ** 32 - 1]),
                 ("l", [-2 ** 63, 0, 2 ** 63 - 1]), ("L", [0, 1, 2 ** 64 - 1]),
                 ("q", [-2 ** 63, 5, 2 ** 63 - 1]), ("Q", [0, 5, 2 ** 64 - 1]),
                 ("f", [0.5, -1.0, 1e10]), ("d", [0.1, -1e-300, 1e300])]:
    m = memoryview(array.array(tc, vals))
    print(tc, m[0], m[1], m[2], m[-3] == m[0])
