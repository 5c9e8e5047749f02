def countdown(n):
    if n == 0:
        return {}["end"]
    return 1 + countdown(n - 1)


countdown(6)
