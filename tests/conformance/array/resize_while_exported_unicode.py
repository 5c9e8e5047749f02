# The resize rule for 'u' and 'w' arrays: fromunicode too.
import array

for code in 'uw':
    a = array.array(code, 'abc')
    with memoryview(a) as m:
        for name, attempt in [('fromunicode', lambda: a.fromunicode('d')), ('append', lambda: a.append('d')),
                              ('pop', lambda: a.pop()), ('extend', lambda: a.extend('d'))]:
            try:
                attempt()
                print(code, name, 'allowed')
            except BufferError as e:
                print(code, name, type(e).__name__, e)
        a.fromunicode('')
        print(a, m.nbytes)
    a.fromunicode('de')
    print(a)
