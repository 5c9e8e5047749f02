"""test.support.import_helper as far as CPython's buffer tests use it."""

import sys
import unittest


def _import(name):
    __import__(name)
    return sys.modules[name]


def import_module(name, deprecated=False, *, required_on=()):
    """Import and return the module, or raise SkipTest when it is not available (as _testcapi, _testbuffer and
    ctypes are not on minipy)."""
    try:
        return _import(name)
    except ImportError as msg:
        if sys.platform.startswith(tuple(required_on)):
            raise
        raise unittest.SkipTest(str(msg))


def import_fresh_module(name, fresh=(), blocked=(), *, deprecated=False):
    """Import and return a new copy of the module name, importing the modules in fresh anew as well and with the
    modules in blocked made unimportable; None if that fails. sys.modules is restored afterwards."""
    names = (name,) + tuple(fresh) + tuple(blocked)
    saved = {}
    for n in names:
        if n in sys.modules:
            saved[n] = sys.modules.pop(n)
    try:
        for n in blocked:
            sys.modules[n] = None
        try:
            for n in fresh:
                _import(n)
            return _import(name)
        except ImportError:
            return None
    finally:
        for n in names:
            sys.modules.pop(n, None)
        sys.modules.update(saved)
