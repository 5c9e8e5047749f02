# buffer_info() is (address, length in items); the address is an int (its value is not portable).
import array

for code in 'bidw':
    a = array.array(code, 'abc' if code == 'w' else [1, 2, 3])
    info = a.buffer_info()
    print(code, type(info).__name__, len(info), type(info[0]).__name__, info[1], info[1] * a.itemsize == len(a.tobytes()))
a = array.array('h')
print(a.buffer_info()[1])
for i in range(50):
    a.append(i)
print(a.buffer_info()[1])
