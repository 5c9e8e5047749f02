# time functions: only their types and monotonicity are deterministic.
import time
a = time.perf_counter()
b = time.perf_counter()
print(type(a).__name__, b >= a)
n1 = time.perf_counter_ns()
total = 0
for i in range(1000):
    total += i
n2 = time.perf_counter_ns()
print(type(n1).__name__, n2 >= n1, total)
t = time.time()
print(type(t).__name__, t > 1600000000.0)
