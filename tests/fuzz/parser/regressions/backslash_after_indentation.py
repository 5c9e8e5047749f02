if 1:
    try:
        pass
    \
except ValueError:
        pass
