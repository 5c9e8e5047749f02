def check(limit):
    if limit > "ten" and limit < 100:
        return True
    return False


def run(items):
    for item in items:
        if check(item):
            print("ok", item)


run([5, 50])
