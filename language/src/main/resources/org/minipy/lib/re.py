"""Regular expressions (CPython's Lib/re): Pattern and Match objects over TRegex, the Truffle regex engine, whose
Python flavor parses CPython's syntax and reports CPython's syntax errors. The flags are plain ints here (CPython's
are a RegexFlag enum with the same values)."""

import _tregex

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "escape", "error", "PatternError", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "NOFLAG",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE"]

NOFLAG = 0
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256
_ALL_FLAGS = I | L | M | S | U | X | A
_FLAG_LETTERS = ((I, 'i'), (L, 'L'), (M, 'm'), (S, 's'), (U, 'u'), (X, 'x'), (A, 'a'))

_MAXSIZE = 2 ** 63 - 1


class PatternError(Exception):
    """Exception raised for invalid regular expressions: msg, pattern, pos, lineno and colno tell where."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error = PatternError


def _flag_letters(flags, is_bytes):
    if flags & ~_ALL_FLAGS:
        raise ValueError("unknown flags")
    if is_bytes:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    return ''.join([letter for flag, letter in _FLAG_LETTERS if flags & flag])


def _as_bytes(string):
    # a bytes-like subject as bytes (bytearray, memoryview, array...)
    if isinstance(string, bytes):
        return string
    if isinstance(string, str):
        return string
    try:
        return bytes(memoryview(string))
    except TypeError:
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__) from None


class Pattern(object):
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        is_bytes = not isinstance(pattern, str)
        if is_bytes and not isinstance(pattern, bytes):
            pattern = _as_bytes(pattern)
        letters = _flag_letters(flags, is_bytes)
        if not is_bytes and not flags & ASCII:
            flags |= UNICODE
        self.pattern = pattern
        self.flags = flags
        self._letters = letters
        self._programs = {}
        search = self._program('search', False)
        self.groups = _tregex.groups(search)
        self.groupindex = _tregex.groupindex(search)

    def _program(self, method, must_advance):
        key = (method, must_advance)
        program = self._programs.get(key)
        if program is None:
            try:
                program = _tregex.compile(self.pattern, self._letters, method, must_advance)
            except ValueError as e:
                message, position = e.args
                raise PatternError(message, self.pattern, position if position >= 0 else None) from None
            self._programs[key] = program
        return program

    def _subject(self, string):
        subject = _as_bytes(string)
        if isinstance(self.pattern, str) != isinstance(subject, str):
            if isinstance(self.pattern, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return subject

    def _run(self, method, string, pos, endpos, must_advance=False):
        subject = self._subject(string)
        n = len(subject)
        if pos < 0:
            pos = 0
        if endpos > n:
            endpos = n
        if endpos < 0:
            endpos = 0
        if pos > endpos:
            return None
        offsets = _tregex.exec(self._program(method, must_advance), subject, pos, endpos)
        if offsets is None:
            return None
        return Match(self, string, pos, endpos, offsets)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding Match instance."""
        return self._run('search', string, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._run('match', string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._run('fullmatch', string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches: after an empty match the next one must advance."""
        n = len(self._subject(string))
        if endpos > n:
            endpos = n
        must_advance = False
        while pos <= endpos:
            m = self._run('search', string, pos, endpos, must_advance)
            if m is None:
                return
            yield m
            start, end = m.span()
            must_advance = start == end
            pos = end

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches: the whole match, the group, or a tuple of the groups."""
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m._group_or_empty(1))
            else:
                result.append(tuple([m._group_or_empty(i) for i in range(1, self.groups + 1)]))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern, with the groups' text between the pieces."""
        result = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            start, end = m.span()
            result.append(string[last:start])
            result.extend(m.groups())
            last = end
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made)."""
        if callable(repl):
            expand = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]

                def expand(m):
                    return literal
            else:
                def expand(m):
                    return _expand(m, template)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            start, end = m.span()
            pieces.append(string[last:start])
            pieces.append(expand(m))
            last = end
            n += 1
        pieces.append(string[last:])
        empty = '' if isinstance(self.pattern, str) else b''
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern by repl."""
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            names = [name for value, name in ((I, 're.IGNORECASE'), (L, 're.LOCALE'), (M, 're.MULTILINE'),
                                                (S, 're.DOTALL'), (U, 're.UNICODE'), (X, 're.VERBOSE'),
                                                (A, 're.ASCII')) if flags & value]
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _compile_template(pattern, repl):
    """The pieces of a replacement template: literal strings and group numbers (CPython's _parser.parse_template)."""
    is_bytes = not isinstance(repl, str)
    text = repl.decode('latin-1') if is_bytes else repl
    pieces = []
    literal = []
    i = 0
    n = len(text)
    escapes = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 == n:
            raise PatternError("bad escape (end of pattern)", repl, i)
        c = text[i + 1]
        if c == 'g':
            close = text.find('>', i + 3)
            if i + 2 >= n or text[i + 2] != '<':
                raise PatternError("missing <", repl, i + 2)
            if close < 0:
                raise PatternError("missing >, unterminated name", repl, i + 3)
            name = text[i + 3:close]
            if not name:
                raise PatternError("missing group name", repl, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise PatternError("invalid group reference %d" % index, repl, i + 3)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise PatternError("bad character in group name '%s'" % name, repl, i + 3)
            group = index
            i = close + 1
        elif c.isdigit():
            j = i + 1
            while j < n and j < i + 3 and text[j].isdigit():
                j += 1
            if c == '0' or (j - i - 1 == 3 and text[i + 1] in '0123'):
                literal.append(chr(int(text[i + 1:j], 8)))
                i = j
                continue
            group = int(text[i + 1:j])
            if group > pattern.groups:
                raise PatternError("invalid group reference %d" % group, repl, i + 1)
            i = j
        elif c in escapes:
            literal.append(escapes[c])
            i += 2
            continue
        elif c.isascii() and c.isalpha():
            raise PatternError("bad escape \\%s" % c, repl, i)
        else:
            literal.append('\\' + c)
            i += 2
            continue
        if literal:
            pieces.append(''.join(literal))
            literal = []
        pieces.append(group)
    if literal or not pieces:
        pieces.append(''.join(literal))
    if is_bytes:
        pieces = [piece.encode('latin-1') if isinstance(piece, str) else piece for piece in pieces]
    return pieces


def _expand(m, template):
    empty = m.string[:0]
    parts = []
    for piece in template:
        if isinstance(piece, int):
            value = m.group(piece)
            if value is not None:
                parts.append(value)
        else:
            parts.append(piece)
    return empty.join(parts)


class Match(object):
    """The result of a successful match: the spans of the match and of its groups in string."""

    def __init__(self, pattern, string, pos, endpos, offsets):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._offsets = offsets
        lastindex = None
        lastend = -1
        for i in range(1, len(offsets) // 2):
            end = offsets[2 * i + 1]
            if offsets[2 * i] >= 0 and end >= lastend:
                # the group that closed last (CPython's lastmark)
                if lastindex is None or end > lastend or not self._contains(lastindex, i):
                    lastindex = i
                    lastend = end
        self.lastindex = lastindex

    def _contains(self, outer, inner):
        return self._offsets[2 * outer] <= self._offsets[2 * inner] and self._offsets[2 * inner + 1] <= self._offsets[2 * outer + 1]

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def _index(self, group):
        if isinstance(group, int) or (hasattr(group, '__index__') and not isinstance(group, (str, bytes))):
            try:
                index = group.__index__()
            except AttributeError:
                index = group
            if 0 <= index <= self.re.groups:
                return index
        elif isinstance(group, (str, bytes)):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group_or_empty(self, index):
        value = self._get(index, None)
        return self.string[:0] if value is None else value

    def _get(self, index, default):
        start = self._offsets[2 * index]
        if start < 0:
            return default
        return self.string[start:self._offsets[2 * index + 1]]

    def group(self, *args):
        """The subgroups of the match, by number or name: one group a string, several a tuple."""
        if not args:
            return self._get(0, None)
        if len(args) == 1:
            return self._get(self._index(args[0]), None)
        return tuple([self._get(self._index(g), None) for g in args])

    def __getitem__(self, group):
        return self._get(self._index(group), None)

    def groups(self, default=None):
        """A tuple of all the subgroups of the match; default for the groups that did not participate."""
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """A dictionary of the named subgroups, keyed by name."""
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._offsets[2 * self._index(group)]

    def end(self, group=0):
        return self._offsets[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._offsets[2 * index], self._offsets[2 * index + 1])

    @property
    def regs(self):
        return tuple([(self._offsets[2 * i], self._offsets[2 * i + 1]) for i in range(self.re.groups + 1)])

    def expand(self, template):
        """The template with its backslash escapes and group references replaced, as sub() does."""
        return _expand(self, _compile_template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __bool__(self):
        return True


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, bool) or not isinstance(flags, int):
        flags = flags.__index__() if hasattr(flags, '__index__') else flags
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list of the pieces."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache"
    _cache.clear()


# the characters escape() leaves alone: ASCII letters, digits and '_' (CPython's _special_chars_map complement)
_SPECIAL_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL_CHARS else c for c in pattern])
    text = str(pattern, 'latin1')
    return ''.join(['\\' + c if c in _SPECIAL_CHARS else c for c in text]).encode('latin1')
