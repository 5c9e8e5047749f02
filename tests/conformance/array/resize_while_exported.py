# While a memoryview holds the array's buffer, every size-changing method raises BufferError and
# leaves the array as it was (test_array's test_buffer, issue #4509).
import array

a = array.array('i', [1, 2, 3])
m = memoryview(a)
expected = m.tobytes()
attempts = [
    ('append', lambda: a.append(4)),
    ('extend list', lambda: a.extend([4])),
    ('extend array', lambda: a.extend(a[0:1])),
    ('insert', lambda: a.insert(0, 0)),
    ('pop', lambda: a.pop()),
    ('pop 0', lambda: a.pop(0)),
    ('remove', lambda: a.remove(1)),
    ('frombytes', lambda: a.frombytes(a.tobytes())),
    ('fromlist', lambda: a.fromlist(a.tolist())),
    ('clear', lambda: a.clear()),
]
for name, attempt in attempts:
    try:
        attempt()
        print(name, 'allowed')
    except BufferError as e:
        print(name, type(e).__name__, e)
    print(a, m.tobytes() == expected)
m.release()
a.append(4)
a.pop(0)
print(a)
