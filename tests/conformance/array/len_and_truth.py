# len counts items, not bytes; an empty array is false.
import array

for code in array.typecodes:
    a = array.array(code, 'xyz' if code in 'uw' else [1, 2, 3])
    print(code, len(a), len(a.tobytes()), bool(a), bool(array.array(code)))
a = array.array('i')
if not a:
    print('empty')
a.append(0)
if a:
    print('not empty', len(a))
print(array.array('w', '\U0001F600\U0001F601').__len__())
