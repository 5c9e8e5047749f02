# Found by tests/fuzz: iterating a view checks its dimensions and format before whether it was released.
import array
cases = [
    ('3-d', memoryview(bytearray(24)).cast('B', [2, 3, 4])),
    ('0-d', memoryview(b'abcd').cast('i', [])),
    ('1-d', memoryview(b'ab')),
    ('empty', memoryview(b'')),
    ('array', memoryview(array.array('h', [1, 2]))),
]
for name, m in cases:
    m.release()
    for what, f in [('list', list), ('array', lambda v: array.array('b', v)),
                    ('for', lambda v: [x for x in v]), ('tolist', lambda v: v.tolist())]:
        try:
            print(name, what, f(m))
        except (TypeError, ValueError, NotImplementedError) as e:
            print(name, what, type(e).__name__, e)
