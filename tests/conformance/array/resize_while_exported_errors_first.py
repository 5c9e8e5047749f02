# ins1 checks the new item before resizing: a bad value raises its own error even while exported.
import array

a = array.array('B', [1, 2])
m = memoryview(a)
for name, attempt in [('append 300', lambda: a.append(300)), ('append str', lambda: a.append('x')),
                      ('insert 300', lambda: a.insert(0, 300)), ('append ok', lambda: a.append(3)),
                      ('frombytes odd', lambda: array.array('h').frombytes(b'abc')),
                      ('extend other kind', lambda: a.extend(array.array('b', [1]))),
                      ('fromlist tuple', lambda: a.fromlist((1,))),
                      ('pop empty', lambda: array.array('B').pop()),
                      ('pop out of range', lambda: a.pop(5)),
                      ('remove missing', lambda: a.remove(9)),
                      ('slice from list', lambda: a.__setitem__(slice(0, 1), [5]))]:
    try:
        attempt()
        print(name, 'allowed')
    except Exception as e:
        print(name, type(e).__name__, e)
print(a, m.tolist())
m.release()
