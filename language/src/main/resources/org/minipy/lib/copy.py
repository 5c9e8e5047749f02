"""Generic (shallow and deep) copying operations (CPython's Lib/copy.py).

A class controls copying with __copy__ and __deepcopy__(memo), or through the pickle protocol's __reduce_ex__;
an instance of a class defined in Python without those is copied by its __dict__, as object.__reduce_ex__
would; any other object that none of these copy cannot be copied, with CPython's "cannot pickle" TypeError."""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


# the types whose values copy and deepcopy return as they are (copy._copy_atomic / _deepcopy_atomic)
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str, bytes, tuple,
           frozenset, type, range, slice, type(_function), type(len)}


def _has_instance_dict(x):
    try:
        return isinstance(x.__dict__, dict) and not isinstance(x, type)
    except AttributeError:
        return False


def _reduce(x):
    reductor = getattr(type(x), "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(type(x), "__reduce__", None)
        if reductor is None:
            raise TypeError("cannot pickle '%s' object" % type(x).__name__)
        rv = reductor(x)
    if isinstance(rv, str):
        return None
    return rv


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    if getattr(cls, "__reduce_ex__", None) is None and _has_instance_dict(x):
        y = cls.__new__(cls)
        y.__dict__.update(x.__dict__)
        return y
    rv = _reduce(x)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic and cls is not tuple:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        # a tuple of atomic values is itself
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif getattr(cls, "__reduce_ex__", None) is None and _has_instance_dict(x):
            y = cls.__new__(cls)
            memo[d] = y
            state = deepcopy(x.__dict__, memo)
            y.__dict__.update(state)
        else:
            rv = _reduce(x)
            if rv is None:
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # keeps x alive while memo is, so that its id is not reused during the copy
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = tuple([deepcopy(arg, memo) for arg in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values (the class's __replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
