"""test.support.script_helper: minipy cannot start a child interpreter, so the tests that need one are skipped."""

import unittest


def _no_subprocess(*args, **env_vars):
    raise unittest.SkipTest("minipy cannot run a child interpreter")


assert_python_ok = _no_subprocess
assert_python_failure = _no_subprocess
spawn_python = _no_subprocess
