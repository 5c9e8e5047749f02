# Binary search, insertion sort and merge sort written by hand.
def binary_search(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(seq) and seq[lo] == target else -1
def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    left, right = merge_sort(a[:len(a) // 2]), merge_sort(a[len(a) // 2:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right
data = [(i * 7919) % 101 - 50 for i in range(25)]
print(data)
print(insertion_sort(data) == sorted(data), merge_sort(data) == sorted(data), merge_sort(data)[:8])
s = sorted(data)
print([binary_search(s, t) for t in [s[0], s[-1], s[12], 1000, -1000]])
