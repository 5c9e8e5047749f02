"""minipy's own test.support: what CPython's test files for buffers use of CPython's Lib/test/support, answering
as CPython's does on an implementation without reference counts or the C API: tests marked cpython_only or
refcount_test are skipped, gc_collect() runs the collector, big-memory tests run their dry run."""

import sys
import unittest

__all__ = ["cpython_only", "refcount_test", "impl_detail", "check_impl_detail", "gc_collect", "bigmemtest",
           "bigaddrspacetest", "requires_resource", "is_resource_enabled", "requires_docstrings",
           "check_sizeof", "calcobjsize", "calcvobjsize", "check_free_after_iterating",
           "check_disallow_instantiation", "suppress_immortalization", "get_c_recursion_limit", "ALWAYS_EQ",
           "NEVER_EQ", "MAX_Py_ssize_t", "verbose", "TestFailed", "SHORT_TIMEOUT", "LOOPBACK_TIMEOUT"]

verbose = 1
use_resources = None
# regrtest's -M: without it, big-memory tests run with a small size (their "dry run")
real_max_memuse = 0
max_memuse = 0

SHORT_TIMEOUT = 30.0
LOOPBACK_TIMEOUT = 5.0

_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
MAX_Py_ssize_t = sys.maxsize

HAVE_DOCSTRINGS = True


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""


class ResourceDenied(unittest.SkipTest):
    """Test skipped because it requested a disallowed resource."""


def _id(obj):
    return obj


def is_resource_enabled(resource):
    """Outside regrtest every resource is enabled, unless use_resources says otherwise."""
    return use_resources is None or resource in use_resources


def requires_resource(resource):
    if is_resource_enabled(resource):
        return _id
    return unittest.skip("resource {0!r} is not enabled".format(resource))


def _parse_guards(guards):
    # ({implementation name: run it}, whether to run on the implementations not named)
    if not guards:
        return ({'cpython': True}, False)
    is_true = list(guards.values())[0]
    return (guards, not is_true)


def check_impl_detail(**guards):
    """Whether this implementation is one the guards select (by default: only CPython)."""
    guards, default = _parse_guards(guards)
    return guards.get(sys.implementation.name, default)


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _id
    if msg is None:
        guardnames, default = _parse_guards(guards)
        if default:
            msg = "implementation detail not available on {0}"
        else:
            msg = "implementation detail specific to {0}"
        msg = msg.format(' or '.join(sorted(guardnames.keys())))
    return unittest.skip(msg)


def cpython_only(test):
    """Decorator for tests only applicable on CPython."""
    return impl_detail(cpython=True)(test)


def refcount_test(test):
    """Decorator for tests which involve reference counting: CPython only."""
    return cpython_only(test)


requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS, "test requires docstrings")


def gc_collect():
    """Force as many objects as possible to be collected, so that weak references to them are cleared."""
    import gc
    gc.collect()
    gc.collect()
    gc.collect()


def bigmemtest(size, memuse, dry_run=True):
    """Decorator for bigmem tests: without regrtest's -M the test runs with size 5147 if it allows a dry run, and
    is skipped otherwise."""
    def decorator(f):
        def wrapper(self):
            if not real_max_memuse:
                maxsize = 5147
            else:
                maxsize = size
            if (real_max_memuse or not dry_run) and real_max_memuse < maxsize * memuse:
                raise unittest.SkipTest("not enough memory: %.1fG minimum needed" % (size * memuse / (1024 ** 3)))
            return f(self, maxsize)
        wrapper.__name__ = f.__name__
        wrapper.size = size
        wrapper.memuse = memuse
        return wrapper
    return decorator


def bigaddrspacetest(f):
    """Decorator for tests that fill the address space: skipped without regrtest's -M."""
    def wrapper(self):
        if max_memuse < MAX_Py_ssize_t:
            if MAX_Py_ssize_t >= 2 ** 63 - 1 and max_memuse >= 2 ** 31:
                raise unittest.SkipTest("not enough memory: try a 32-bit build instead")
            raise unittest.SkipTest("not enough memory: %.1fG minimum needed" % (MAX_Py_ssize_t / (1024 ** 3)))
        return f(self)
    wrapper.__name__ = f.__name__
    return wrapper


def check_sizeof(test, o, size):
    # the sizes are those of CPython's objects, measured with _testinternalcapi
    raise unittest.SkipTest("_testinternalcapi required")


_header = 'nP'
_align = '0n'
_vheader = _header + 'n'


def calcobjsize(fmt):
    import struct
    return struct.calcsize(_header + fmt + _align)


def calcvobjsize(fmt):
    import struct
    return struct.calcsize(_vheader + fmt + _align)


def check_free_after_iterating(test, iter, cls, args=()):
    """An iterator that reached its end lets go of its sequence: __del__ of the sequence runs once the iterator
    is exhausted and the garbage collected."""
    done = []

    def wrapper():
        class A(cls):
            def __del__(self):
                done.append(True)
                try:
                    next(it)
                except StopIteration:
                    pass

        it = iter(A(*args))
        test.assertRaises(StopIteration, next, it)

    wrapper()
    gc_collect()
    test.assertTrue(done)


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    """Check that the type tp cannot be instantiated with *args and **kwds."""
    import re
    mod = tp.__module__
    name = tp.__name__
    if mod != 'builtins':
        qualname = "%s.%s" % (mod, name)
    else:
        qualname = name
    msg = "cannot create '%s' instances" % (re.escape(qualname),)
    testcase.assertRaisesRegex(TypeError, msg, tp, *args, **kwds)


class suppress_immortalization(object):
    """Suppress immortalization of deferred objects: there are none without _testinternalcapi."""

    def __init__(self, suppress=True):
        self.suppress = suppress

    def __enter__(self):
        return None

    def __exit__(self, *exc_info):
        return False

    def __call__(self, func):
        return func


def get_c_recursion_limit():
    raise unittest.SkipTest('requires _testcapi')


class _ALWAYS_EQ:
    """Object that is equal to anything."""
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = _ALWAYS_EQ()


class _NEVER_EQ:
    """Object that is not equal to anything."""
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1


NEVER_EQ = _NEVER_EQ()
