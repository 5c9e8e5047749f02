"""test.support.warnings_helper as far as CPython's buffer tests use it."""

import sys
import warnings


class WarningsRecorder(object):
    """The warnings a check_warnings block caught: the attributes of the last one, and all of them in warnings."""

    def __init__(self, warnings_list):
        self._warnings = warnings_list
        self._last = 0

    def __getattr__(self, attr):
        if len(self._warnings) > self._last:
            return getattr(self._warnings[-1], attr)
        if attr in ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source'):
            return None
        raise AttributeError("%r has no attribute %r" % (self, attr))

    @property
    def warnings(self):
        return self._warnings[self._last:]

    def reset(self):
        self._last = len(self._warnings)


class check_warnings(object):
    """Context manager that records the warnings of its block and checks them against filters, (message regex,
    category) pairs: every warning must match one, and every filter must have matched unless quiet."""

    def __init__(self, *filters, **kwargs):
        quiet = kwargs.get('quiet')
        if not filters:
            filters = (("", Warning),)
            if quiet is None:
                quiet = True
        self.filters = filters
        self.quiet = quiet

    def __enter__(self):
        self.manager = warnings.catch_warnings(record=True)
        self.log = self.manager.__enter__()
        warnings.simplefilter("always")
        return WarningsRecorder(self.log)

    def __exit__(self, exc_type, exc_value, tb):
        self.manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        import re
        reraise = list(self.log)
        missing = []
        for msg, cat in self.filters:
            seen = False
            for w in reraise[:]:
                warning = w.message
                if re.match(msg, str(warning), re.I) and issubclass(warning.__class__, cat):
                    seen = True
                    reraise.remove(w)
            if not seen and not self.quiet:
                missing.append((msg, cat.__name__))
        if reraise:
            raise AssertionError("unhandled warning %s" % reraise[0])
        if missing:
            raise AssertionError("filter (%r, %s) did not catch any warning" % missing[0])
        return False


def ignore_warnings(*, category):
    """Decorator to suppress warnings of the category."""
    def decorator(test):
        def wrapper(self, *args, **kwargs):
            with warnings.catch_warnings():
                warnings.simplefilter('ignore', category=category)
                return test(self, *args, **kwargs)
        wrapper.__name__ = test.__name__
        return wrapper
    return decorator
