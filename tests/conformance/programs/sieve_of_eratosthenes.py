# A prime sieve over a bytearray, then statistics over the primes.
def primes_below(n):
    flags = bytearray([1]) * n
    flags[0] = flags[1] = 0
    i = 2
    while i * i < n:
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n, i)))
        i += 1
    return [k for k in range(n) if flags[k]]
ps = primes_below(200)
print(ps)
print(len(ps), sum(ps), max(ps))
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), gaps.index(max(gaps)), ps[gaps.index(max(gaps))])
twins = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(len(twins), twins[:5], twins[-1])
