# Writing items in place: conversion errors leave the old value.
import array

a = array.array('i', [1, 2, 3])
a[0] = 10
a[-1] = -30
a[True] = 20
print(a)
for i in [3, -4]:
    try:
        a[i] = 0
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    a['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[2**80] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[0] = 2**31
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[5] = 'x'
except IndexError as e:
    print(type(e).__name__, e)
print(a)
a[1] += 5
a[2] *= 2
print(a)
d = array.array('d', [0.0])
d[0] = 7
print(d, type(d[0]).__name__)
