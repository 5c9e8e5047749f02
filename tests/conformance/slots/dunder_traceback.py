# A special method called by an operation keeps the caller's frame in the traceback (issue #17).
class K:
    def __getitem__(self, i):
        raise ValueError("getitem")

    def __eq__(self, other):
        raise ValueError("eq")

    def __add__(self, other):
        raise ValueError("add")

    def __len__(self):
        raise ValueError("len")

    def __iter__(self):
        raise ValueError("iter")

    def __hash__(self):
        raise ValueError("hash")

    def __repr__(self):
        raise ValueError("repr")

    def __bool__(self):
        raise ValueError("bool")

    def __contains__(self, item):
        raise ValueError("contains")

    def __neg__(self):
        raise ValueError("neg")


def frames(action):
    try:
        action()
    except ValueError as e:
        names = []
        tb = e.__traceback__
        while tb is not None:
            names.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(e, " <- ".join(names))


def getitem():
    return K()[0]


def eq():
    return K() == K()


def add():
    return K() + 1


def length():
    return len(K())


def iterate():
    for x in K():
        pass


def hashing():
    return hash(K())


def representation():
    return repr(K())


def truth():
    if K():
        pass


def contains():
    return 1 in K()


def negate():
    return -K()


for action in (getitem, eq, add, length, iterate, hashing, representation, truth, contains, negate):
    frames(action)
