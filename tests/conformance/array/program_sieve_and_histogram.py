# A small program: a prime sieve over an array of flags, then a histogram of last digits in an array of counts.
import array


def primes_below(n):
    flags = array.array('B', [1]) * n
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i < n:
        if flags[i]:
            step = array.array('B', [0]) * len(range(i * i, n, i))
            flags[i * i:n:i] = step
        i += 1
    return array.array('i', [k for k in range(n) if flags[k]])


primes = primes_below(200)
print(len(primes), primes[:10], primes[-3:])
counts = array.array('L', [0] * 10)
for p in primes:
    counts[p % 10] += 1
print(counts.tolist(), sum(counts))
squares = array.array('q', (p * p for p in primes if p > 190))
print(squares, squares.itemsize * len(squares) == len(squares.tobytes()))
data = array.array('d', [1.5, 2.5, 4.0])
total = 0.0
for x in data:
    total += x
mean = total / len(data)
print(mean, array.array('d', [x - mean for x in data]))
