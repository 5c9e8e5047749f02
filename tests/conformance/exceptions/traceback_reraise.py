# raise e puts the frames of the new raise in front of the traceback the exception already has;
# a bare raise goes on with the same traceback; __traceback__ can be replaced.


def walk(tb):
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return entries


def fail():
    return 1 // 0


try:
    fail()
except ZeroDivisionError as e:
    saved = e
print("first:", walk(saved.__traceback__))

for attempt in range(3):
    try:
        raise saved
    except ZeroDivisionError as e:
        print("raised again", attempt, len(walk(e.__traceback__)), e.__traceback__.tb_lineno)


def raise_stored():
    raise saved


try:
    raise_stored()
except ZeroDivisionError as e:
    print(walk(e.__traceback__)[:3])


def handle_and_reraise():
    try:
        fail()
    except ZeroDivisionError:
        print("handling")
        raise


try:
    handle_and_reraise()
except ZeroDivisionError as e:
    print("bare raise:", walk(e.__traceback__))


def reraise_as_e():
    try:
        fail()
    except ZeroDivisionError as e:
        raise e


try:
    reraise_as_e()
except ZeroDivisionError as e:
    print("raise e:", walk(e.__traceback__))

try:
    try:
        fail()
    except ZeroDivisionError as e:
        e.__traceback__ = None
        raise
except ZeroDivisionError as e:
    print("cleared, then bare raise:", e.__traceback__)

try:
    try:
        fail()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print("cause:", walk(e.__cause__.__traceback__), "own:", walk(e.__traceback__))

try:
    ValueError("x").__traceback__ = 5
except TypeError as e:
    print("TypeError", e)
