# Error messages name a user class by its bare name (CPython's tp_name), builtin types outside builtins qualified.
from array import array


class A:
    pass


class B:
    __hash__ = None


for f in (lambda: A() < A(), lambda: A() >= 1, lambda: [] > A(), lambda: array('b') < A(),
          lambda: hash(B()), lambda: {B(): 1}, lambda: {[]: 1}, lambda: {array('b')}):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
