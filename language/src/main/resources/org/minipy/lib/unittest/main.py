"""unittest.main(): the command line of a test module or of `-m unittest` (CPython's Lib/unittest/main.py)."""

import sys

from . import loader, runner

__unittest = True
_NO_TESTS_EXITCODE = 5

USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [--durations DURATION] [-f] [-c] [-b]
%(pad)s [-k TESTNAMEPATTERNS]
%(pad)s [tests ...]
"""

HELP = """
positional arguments:
  tests                 a list of any number of test modules, classes and test
                        methods.

options:
  -h, --help            show this help message and exit
  -v, --verbose         Verbose output
  -q, --quiet           Quiet output
  --locals              Show local variables in tracebacks
  --durations DURATION  Show the N slowest test cases (N=0 for all)
  -f, --failfast        Stop on first fail or error
  -c, --catch           Catch Ctrl-C and display results so far
  -b, --buffer          Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS   Only run tests which match the given substring
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


def _convert_name(name):
    # a path to a test file names the module of that file
    if name.lower().endswith('.py'):
        name = name[:-3]
        while name.startswith('./'):
            name = name[2:]
        return name.replace('/', '.')
    return name


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily for making test modules conveniently
    executable."""
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = sys.modules.get(module)
            if self.module is None:
                self.module = __import__(module)
                for part in module.split('.')[1:]:
                    self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0][argv[0].rfind('/') + 1:]
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message):
        sys.stderr.write(self._usage())
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def _usage(self):
        return USAGE % {'prog': self.progName, 'pad': ' ' * (len('usage: ') + len(self.progName) - 1)}

    def _print_help(self):
        print(self._usage() + HELP)
        print(MODULE_EXAMPLES % {'prog': self.progName})

    def _parse_options(self, args):
        # argparse, as far as unittest's options go
        self.tests = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg in ('-h', '--help'):
                self._print_help()
                sys.exit(0)
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg == '--locals':
                self.tb_locals = True
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg == '-k' or (arg.startswith('-k') and not arg.startswith('--')):
                if arg == '-k':
                    if i == len(args):
                        self._usage_error('argument -k: expected one argument')
                    value = args[i]
                    i += 1
                else:
                    value = arg[2:]
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(_convert_select_pattern(value))
            elif arg == '--durations':
                if i == len(args):
                    self._usage_error('argument --durations: expected one argument')
                try:
                    self.durations = int(args[i])
                except ValueError:
                    self._usage_error("argument --durations: invalid int value: '%s'" % args[i])
                i += 1
            elif arg == '--':
                self.tests.extend(args[i:])
                break
            elif arg.startswith('-') and arg != '-':
                self._usage_error('unrecognized arguments: %s' % arg)
            else:
                self.tests.append(arg)

    def parseArgs(self, argv):
        self._parse_options(argv[1:])
        if self.tests:
            self.testNames = [_convert_name(name) for name in self.tests]
            if self.module is None or self.module.__name__ == 'unittest.__main__':
                self.module = None
        elif self.defaultTest is None:
            # createTests will load tests from self.module
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings,
                                             tb_locals=self.tb_locals, durations=self.durations)
            except TypeError:
                # a runner without the tb_locals or durations arguments
                testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings)
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(_NO_TESTS_EXITCODE)
            elif self.result.wasSuccessful():
                sys.exit(0)
            else:
                sys.exit(1)


main = TestProgram
