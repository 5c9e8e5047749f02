"""The io module, as far as written yet: the in-memory streams BytesIO and StringIO (CPython's Modules/_io/
bytesio.c and stringio.c). A BytesIO keeps its data in a bytearray, so a view from getbuffer() keeps it from
resizing, with the bytearray's BufferError."""

import sys

__all__ = ["BytesIO", "StringIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO(object):
    """What BytesIO and StringIO share: a position in a buffer of items, and closing."""

    def __init__(self):
        self._pos = 0
        self.closed = False

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self.closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def _size(self, size):
        if size is None:
            return -1
        return size.__index__()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        _MemoryIO.__init__(self)
        self._buffer = bytearray()
        if initial_bytes is not None:
            self._buffer += memoryview(initial_bytes)

    def getvalue(self):
        self._check_closed()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buffer)

    def read(self, size=-1):
        self._check_closed()
        size = self._size(size)
        end = len(self._buffer) if size < 0 else min(len(self._buffer), self._pos + size)
        if self._pos >= end:
            return b""
        data = bytes(self._buffer[self._pos:end])
        self._pos = end
        return data

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        size = self._size(size)
        end = self._buffer.find(b"\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        data = bytes(self._buffer[self._pos:end])
        self._pos = max(self._pos, end)
        return data

    def readinto(self, buffer):
        self._check_closed()
        view = memoryview(buffer).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    readinto1 = readinto

    def write(self, b):
        self._check_closed()
        data = memoryview(b).cast('B')
        n = len(data)
        if n == 0:
            return 0
        end = self._pos + n
        if self._pos > len(self._buffer):
            self._buffer += bytes(self._pos - len(self._buffer))
        self._buffer[self._pos:end] = data
        self._pos = end
        return n

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else size.__index__()
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buffer[size:]
        return size


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer (newlines are kept as they are)."""

    def __init__(self, initial_value='', newline='\n'):
        _MemoryIO.__init__(self)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._buffer = []
        self._value = initial_value or ''

    def getvalue(self):
        self._check_closed()
        return self._value

    def read(self, size=-1):
        self._check_closed()
        size = self._size(size)
        end = len(self._value) if size < 0 else min(len(self._value), self._pos + size)
        data = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_closed()
        size = self._size(size)
        end = self._value.find("\n", self._pos)
        end = len(self._value) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        data = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        value = self._value
        if self._pos > len(value):
            value += '\0' * (self._pos - len(value))
        self._value = value[:self._pos] + s + value[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        self._pos = len(self._value) if whence == 2 else (self._pos if whence == 1 else pos)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else size.__index__()
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._value = self._value[:size]
        return size
