def fail():
    raise ValueError("bad value")


def returns_call():
    return fail()


def assigns_call():
    result = returns_call()
    return result


assigns_call()
