# range with bounds, steps or lengths beyond 64 bits: len, items, slices, membership, iteration,
# reversal, equality and hashing, and where CPython switches between range_iterator and longrange_iterator.
def attempt(f):
    try:
        print(f())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


big = range(2**64)
print(big, bool(big), big.start, big.stop, big.step, big[0], big[-1], big[2**63])
attempt(lambda: len(big))
attempt(lambda: big[2**64])
attempt(lambda: big[-2**64 - 1])
attempt(lambda: big["a"])
attempt(lambda: big[1.0])
print(big[-2**64], range(5)[True], range(2**70, 0, -1)[-1], range(2**70, 0, -2**69)[1])
attempt(lambda: range(5)[2**64])
attempt(lambda: range(5)[-2**64])

# len: a Py_ssize_t, whichever representation holds the range
print(len(range(2**40)), len(range(-2**63, 2**63 - 1, 2**62)), len(range(-2**63, 2**63 - 1, 3)), len(range(2**70, 2**70 + 5)))
attempt(lambda: len(range(-2**63, 2**63 - 1)))
attempt(lambda: len(range(-2**63, 2**63 - 1, 2)))
attempt(lambda: len(range(0, -2**64, -1)))
print(len(range(10**30, 0)), bool(range(10**30, 0)), bool(range(10**30, 0, -1)), list(range(10**30, 0)))

# slices compute new bounds without clamping them
print(big[2**60:2**62:3], big[::-1], big[::2**70], big[-5:], big[5:2**63], big[2**64 - 1:])
print(big[-2**70:2**70:-1], big[2**70:-2**70:-1], big[2**70:-2**70:-3], big[1:2:2**70])
print(range(10)[2**64:], range(10)[-2**64:3], range(10)[::-2**64], range(10)[::2**64])
print(range(10**20)[10**19:], range(10**20)[:-10**19], range(-2**63, 2**63, 2**62)[1::2])
attempt(lambda: big[::0])
attempt(lambda: big[::"a"])
attempt(lambda: big[1:"a"])

# membership, index and count: arithmetic for ints and bools, comparison for the rest
print(2**64 - 1 in big, 2**64 in big, -1 in big, True in big, 1.0 in range(2**70, 2**70 + 3), 2**70 + 1 in range(2**70, 2**70 + 3))
print(10**19 in range(-10**20, 10**20, 7), 10**19 + 5 in range(-10**20, 10**20, 7), 2**64 in range(5), 2**64 not in range(5))
print(big.index(2**63), big.index(True), big.count(2**63), big.count(-1), big.count(False))
# floats near 2**70 are exact at multiples of 2**18
floats = range(2**70, 2**70 + 2**24, 2**20)
print(floats.count(2.0**70 + 2**21), floats.index(2.0**70 + 2**21), 2.0**70 + 3 * 2**20 in floats, 2.0**70 + 2**19 in floats)
attempt(lambda: big.index(2**64))
attempt(lambda: range(5).index(2**64))
attempt(lambda: floats.index(2.0**70 + 2**19))
print(floats.count(2.0**70 + 2**19), floats.count("x"), floats.count(2**70 + 2**20))

# iteration and reversal yield big ints
print(list(range(2**64 - 2, 2**64 + 2)), tuple(range(2**64, 2**64 - 4, -1)), [x * 2 for x in range(2**65, 2**65 + 2)])
it = iter(range(2**64, 2**64 + 3))
print(next(it), list(it), list(it))
print(list(reversed(range(2**64, 2**64 + 10, 3))), list(reversed(range(10**30, 0, -10**29))))
print(list(range(10**30, 0, -10**29)), list(range(0, 10, 10**30)), len(range(0, 10, 10**30)))
print(sum(range(2**64, 2**64 + 4)), max(range(2**70, 2**70 + 3)), sorted(range(2**70, 2**70 + 3), reverse=True))
for x in range(2**63 - 2, 2**63 + 1):
    print(x, end=" ")
print()
for x in range(2**100):
    if x > 2:
        break
    print(x, end=" ")
print()
print(list(range(-2**63, 2**63 - 1, 2**62)), list(range(2**63 - 2, 2**63 - 1, 2)), list(range(-2**63 + 1, -2**63, -2**63)))
print(list(reversed(range(0, 5, -2**63))), list(reversed(range(0, -5, -2**63))), list(reversed(range(2**63 - 1, 2**63 - 5, -1))))
print(list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(2**64, 2**64))))

# the iterator classes of CPython's range_iter and range_reverse
for r in [range(5), big, range(2**63 - 1), range(-1, 2**63 - 1), range(-2, 2**63 - 1), range(-2**63, 2**63 - 1, 3),
          range(-2**63, 2**62, 2), range(2**63 - 2, 2**63 - 1, 2), range(0, -5, -2**63), range(2**63 - 1, 2**63 - 5, -1),
          range(-2**63, -2**63 + 3), range(2**70, 2**70 + 3)]:
    print(r, type(iter(r)).__name__, type(reversed(r)).__name__)

# repr, equality and hashing look at the items only
print(repr(range(-2**70, 2**70, 3)), str(range(-2**70)), range(0, 5, -2**63), range(1, 2, 0 - 2**64))
print(big == range(0, 2**64, 1), big != range(2**64), range(0, 1) == range(0, 2**70, 2**70), range(2**70, 0) == range(0))
print(range(2**70, 2**70 + 1, 5) == range(2**70, 2**70 + 2, 7), range(2**70, 2**70 + 4, 2) == range(2**70, 2**70 + 3, 2))
print(hash(big) == hash(range(0, 2**64)), hash(range(0, 1)) == hash(range(0, 2**70, 2**70)), hash(range(2**70, 0)) == hash(range(0)))
print(hash(big), hash(range(2**64, 2**65, 7)), hash(range(2**64, 2**64 + 1, 7)), hash(range(2**64, 2**64, 7)))
print({big: 1}[range(0, 2**64)], {range(3): 2}[range(0, 3, 1)], range(0) in {range(5, 2): 0})
attempt(lambda: big < range(2**70))

# construction errors
attempt(lambda: range(0, 2**64, 0))
attempt(lambda: range(2**64, "a"))
attempt(lambda: range(1.0, 2**64))
attempt(lambda: range.index([], 1))
