def combine(first, second, third):
    return first + second + third


def build(values):
    return combine(
        values[0],
        values[1],
        values[5],
    )


total = build(
    [1, 2, 3]
)
