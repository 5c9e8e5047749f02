"""TestLoader: finds the tests of a module, a class or a dotted name (CPython's Lib/unittest/loader.py)."""

import sys

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """A test that raises the exception that kept a module or a name from loading."""
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        self._method_name = method_name
        super().__init__('_raise_exception')

    def _raise_exception(self):
        raise self._exception

    def id(self):
        return "%s.%s" % (util.strclass(self.__class__), self._method_name)

    def __str__(self):
        return "%s (%s.%s)" % (self._method_name, util.strclass(self.__class__), self._method_name)


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_failed_import_test(name, exception, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, _format_current(exception))
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _format_current(exception):
    from .result import _format_chain, _all_frames
    return ''.join(_format_chain(type(exception), exception, _all_frames(exception.__traceback__), set()))


def _fnmatchcase(name, pattern):
    """fnmatch.fnmatchcase: does name match the shell pattern (* ? [seq] [!seq])?"""
    return _match_from(name, 0, pattern, 0)


def _match_from(name, n, pattern, p):
    while p < len(pattern):
        c = pattern[p]
        if c == '*':
            while p < len(pattern) and pattern[p] == '*':
                p += 1
            if p == len(pattern):
                return True
            for start in range(n, len(name) + 1):
                if _match_from(name, start, pattern, p):
                    return True
            return False
        if n == len(name):
            return False
        if c == '?':
            n += 1
            p += 1
            continue
        if c == '[':
            end = pattern.find(']', p + 2 if p + 1 < len(pattern) and pattern[p + 1] in '!]' else p + 1)
            if end >= 0:
                matched, p = _match_class(name[n], pattern, p + 1, end), end + 1
                if not matched:
                    return False
                n += 1
                continue
        if name[n] != c:
            return False
        n += 1
        p += 1
    return n == len(name)


def _match_class(ch, pattern, start, end):
    negate = pattern[start] == '!'
    if negate:
        start += 1
    found = False
    i = start
    while i < end:
        if i + 2 < end and pattern[i + 1] == '-':
            if pattern[i] <= ch <= pattern[i + 2]:
                found = True
            i += 3
        else:
            if pattern[i] == ch:
                found = True
            i += 1
    return found != negate


def _is_test_case_class(obj):
    return (isinstance(obj, type) and issubclass(obj, case.TestCase)
            and obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader(object):
    """Loads the tests of a module, a TestCase class or a name into a TestSuite."""
    testMethodPrefix = 'test'
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            testCaseNames = []
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
            if not testCaseNames and hasattr(testCaseClass, 'runTest'):
                testCaseNames = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in testCaseNames])

    def loadTestsFromModule(self, module, *, pattern=None):
        """Return a suite of all test cases contained in the given module (or what its load_tests returns)"""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if _is_test_case_class(obj):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                message = 'Failed to call load_tests:\n%s' % (_format_current(e),)
                error_case, error_message = _make_failed_test(module.__name__, e, self.suiteClass, message)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """A suite of the tests a dotted name gives: a module, a TestCase class, a test method in one, a TestSuite,
        or a callable that returns a TestCase or TestSuite; relative to module when given."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError as e:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_import_test(next_attribute, e, self.suiteClass)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # a submodule that could not be imported
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass, 'Failed to access attribute:\n%s' % (_format_current(e),))
                self.errors.append(error_message)
                return error_case

        if type(obj) is type(sys):
            return self.loadTestsFromModule(obj)
        if _is_test_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, case.TestCase) and callable(obj) \
                and not isinstance(obj, type):
            inst = parent(parts[-1])
            return self.suiteClass([inst])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the tests of each of the names (see loadTestsFromName)."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass that the -k patterns select."""
        fullNamePrefix = '%s.%s.' % (testCaseClass.__module__, testCaseClass.__qualname__)
        names = []
        for attrname in dir(testCaseClass):
            if not attrname.startswith(self.testMethodPrefix):
                continue
            if not callable(getattr(testCaseClass, attrname)):
                continue
            if self.testNamePatterns is not None:
                fullName = fullNamePrefix + attrname
                selected = False
                for pattern in self.testNamePatterns:
                    if _fnmatchcase(fullName, pattern):
                        selected = True
                        break
                if not selected:
                    continue
            names.append(attrname)
        names.sort()
        return names


defaultTestLoader = TestLoader()
