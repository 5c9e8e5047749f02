def parse(text):
    try:
        return int(text) + 0
    except ValueError as e:
        raise RuntimeError("cannot parse " + text) from e


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "x"])
except RuntimeError as error:
    print("handled", error.__cause__ is not None, undefined_name)
