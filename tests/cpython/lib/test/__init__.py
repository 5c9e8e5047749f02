"""minipy's stand-in for CPython's `test` package: test.support is minipy's own (this directory), everything else
(test_memoryview, string_tests...) comes from the Lib/test directory of the CPython whose test file is running."""

import sys

_main = sys.modules.get('__main__')
_main_file = getattr(_main, '__file__', None)
if _main_file and '/' in _main_file:
    _cpython_tests = _main_file[:_main_file.rfind('/')]
    if _cpython_tests not in __path__:
        __path__.append(_cpython_tests)
