# +=, *=, del and resizing slice assignment are refused while exported; an export blocks the
# change even when the right-hand side is the array itself.
import array

a = array.array('h', [1, 2, 3])
m = memoryview(a)

def iadd():
    global a
    a += a

def imul2():
    global a
    a *= 2

def imul0():
    global a
    a *= 0

def delitem():
    del a[0]

def delslice():
    del a[0:1]

def delstep():
    del a[::2]

def grow():
    a[0:1] = array.array('h', [7, 8])

def shrink():
    a[0:2] = array.array('h', [7])

def insert_slice():
    a[1:1] = a

for f in [iadd, imul2, imul0, delitem, delslice, delstep, grow, shrink, insert_slice]:
    try:
        f()
        print(f.__name__, 'allowed')
    except BufferError as e:
        print(f.__name__, type(e).__name__, e)
print(a, m.tolist())
m.release()
a += a
a *= 2
del a[::3]
print(a)
