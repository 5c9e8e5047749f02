# e.__traceback__ holds the frames from the handler's frame down to the raise, one per frame,
# with the line where the exception passed; builtin frames never appear.


def walk(tb):
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return entries


def fail(message):
    raise ValueError(message)


def middle(message):
    return fail(message)


try:
    raise KeyError("here")
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next is None)
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename.endswith("traceback_frames.py"))

try:
    middle("deep")
except ValueError as e:
    tb = e.__traceback__
    print(walk(tb))
    print(tb.tb_next.tb_next.tb_next is None, tb.tb_next.tb_frame.f_lineno)


def catch_inside():
    try:
        middle("inside")
    except ValueError as e:
        return e


caught = catch_inside()
print("caught in a function:", walk(caught.__traceback__))

try:
    int("x")
except ValueError as e:
    print("builtin raised:", walk(e.__traceback__))

try:
    sorted([3, 1, 2], key=lambda v: 1 // (v - 1))
except ZeroDivisionError as e:
    print("through a builtin:", walk(e.__traceback__))

try:
    sum(1 / x for x in [2, 1, 0])
except ZeroDivisionError as e:
    print("through a generator expression:", walk(e.__traceback__))

print("never raised:", ValueError("new").__traceback__)


def cleanup():
    try:
        middle("finally")
    finally:
        print("cleanup ran")


try:
    cleanup()
except ValueError as e:
    print("through a finally:", walk(e.__traceback__))
