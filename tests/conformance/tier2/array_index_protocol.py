# Objects with __index__ work as array indices, slice bounds, counts and integer items.
import array


class Two:
    def __index__(self):
        return 2


class Big:
    def __index__(self):
        return 2**70


a = array.array('i', [10, 20, 30, 40])
print(a[Two()], a[Two():], a[:Two()], a.pop(Two()), a)
a[Two()] = 99
a.insert(Two(), 5)
print(a, a * Two(), a.index(99, Two()))
a.append(Two())
b = array.array('B', [Two(), 3])
print(a, b)
for attempt in [lambda: a * Big(), lambda: a[Big()], lambda: a.append(Big()), lambda: a.pop(Big())]:
    try:
        print(attempt())
    except (IndexError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
