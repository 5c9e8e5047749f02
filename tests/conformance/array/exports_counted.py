# Every memoryview is an export: the array may resize only when all of them are released.
import array

a = array.array('d', [1.0])
m1 = memoryview(a)
m2 = memoryview(a)
m3 = m1[:]
for step in ['m1', 'm2', 'm3']:
    try:
        a.append(2.0)
        print(step, 'append allowed')
    except BufferError as e:
        print(step, type(e).__name__, e)
    if step == 'm1':
        m1.release()
    elif step == 'm2':
        m2.release()
    else:
        m3.release()
a.append(2.0)
print(a)
with memoryview(a) as m:
    try:
        a.pop()
    except BufferError as e:
        print(type(e).__name__, e)
print(a.pop(), a)
m = memoryview(a)
m.release()
m.release()
a.append(3.0)
print(a)
