"""test.support.os_helper as far as CPython's buffer tests use it."""

TESTFN_ASCII = '@test_minipy_tmp'
TESTFN = TESTFN_ASCII


def unlink(filename):
    import os
    try:
        os.unlink(filename)
    except (FileNotFoundError, NotADirectoryError):
        pass


class EnvironmentVarGuard(object):
    """Class to help protect the environment variable properly. Can be used as a context manager."""

    def __init__(self):
        import os
        self._environ = os.environ
        self._changed = {}

    def __getitem__(self, envvar):
        return self._environ[envvar]

    def __setitem__(self, envvar, value):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        self._environ[envvar] = value

    def __delitem__(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        if envvar in self._environ:
            del self._environ[envvar]

    def set(self, envvar, value):
        self[envvar] = value

    def unset(self, envvar):
        del self[envvar]

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        for k, v in self._changed.items():
            if v is None:
                if k in self._environ:
                    del self._environ[k]
            else:
                self._environ[k] = v
