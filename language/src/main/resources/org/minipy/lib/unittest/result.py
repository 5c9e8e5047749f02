"""TestResult: what a test run collected (CPython's Lib/unittest/result.py)."""

import sys

from . import util

__unittest = True

# the frames of unittest's own files are left out of the tracebacks of failures, as CPython leaves out the frames
# of modules that define __unittest
_UNITTEST_DIR = __file__[:__file__.rfind('/') + 1] if '/' in __file__ else __file__


class TestResult(object):
    """Holder for test result information: the number of tests run, and lists of (test, formatted traceback) for
    the failures and errors, of (test, reason) for the skips."""
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""

    def stopTestRun(self):
        """Called once after all tests are executed."""

    def _stop_if_failfast(self):
        if getattr(self, 'failfast', False):
            self.stop()

    def addError(self, test, err):
        """Called when an error has occurred. 'err' is a tuple of values as returned by sys.exc_info()."""
        self._stop_if_failfast()
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        """Called when a failure has occurred. 'err' is a tuple of values as returned by sys.exc_info()."""
        self._stop_if_failfast()
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest; 'err' is None if it succeeded, else a tuple as sys.exc_info()."""
        if err is not None:
            self._stop_if_failfast()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self._stop_if_failfast()
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Called when a test finished to run, regardless of its outcome; elapsed is in seconds."""
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Converts a sys.exc_info()-style tuple of values into a string."""
        exctype, value, tb = err
        frames = _relevant_frames(tb, exctype is test.failureException)
        return ''.join(_format_chain(exctype, value, frames, set()))

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))


def _is_unittest_frame(tb):
    return tb.tb_frame.f_code.co_filename.startswith(_UNITTEST_DIR)


def _relevant_frames(tb, is_failure):
    """The traceback entries to show: without the test runner's frames before the test's, and for an assertion
    failure without the frames of the assert* method (TestResult._clean_tracebacks)."""
    while tb is not None and _is_unittest_frame(tb):
        tb = tb.tb_next
    frames = []
    while tb is not None:
        if is_failure and frames and _is_unittest_frame(tb):
            break
        frames.append(tb)
        tb = tb.tb_next
    return frames


def _all_frames(tb):
    frames = []
    while tb is not None:
        frames.append(tb)
        tb = tb.tb_next
    return frames


def _format_chain(exctype, value, frames, seen):
    # traceback.TracebackException(...).format() for the exception and the ones it was raised from or during
    seen.add(id(value))
    lines = []
    if value is not None:
        cause = getattr(value, '__cause__', None)
        context = getattr(value, '__context__', None)
        if cause is not None and id(cause) not in seen:
            lines.extend(_format_chain(type(cause), cause, _all_frames(cause.__traceback__), seen))
            lines.append('\nThe above exception was the direct cause of the following exception:\n\n')
        elif (context is not None and not getattr(value, '__suppress_context__', False)
              and id(context) not in seen):
            lines.extend(_format_chain(type(context), context, _all_frames(context.__traceback__), seen))
            lines.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    if frames:
        lines.append('Traceback (most recent call last):\n')
        for tb in frames:
            code = tb.tb_frame.f_code
            lines.append('  File "%s", line %d, in %s\n' % (code.co_filename, tb.tb_lineno, code.co_name))
    lines.append(_format_exception_only(exctype, value))
    return lines


def _format_exception_only(exctype, value):
    # traceback.format_exception_only: the qualified name of the type (without builtins. or __main__.) and str()
    stype = exctype.__qualname__
    smod = exctype.__module__
    if smod not in ("__main__", "builtins"):
        stype = smod + '.' + stype
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    if not text:
        return stype + '\n'
    return '%s: %s\n' % (stype, text)
