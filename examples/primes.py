# Sieve of Eratosthenes: a hot loop that the Graal JIT compiles.
# ./minipy examples/primes.py 1000000
import sys
import time


def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = is_prime[1] = 0
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = 0
        i += 1
    return is_prime


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
start = time.perf_counter()
flags = sieve(limit)
count = sum(flags)
elapsed = time.perf_counter() - start
print(f"{count} primes up to {limit}")
print("the largest:", max(i for i in range(limit + 1) if flags[i]))
print(f"took {elapsed:.3f} s", file=sys.stderr)
