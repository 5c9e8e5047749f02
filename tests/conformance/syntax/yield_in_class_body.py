# yield in a class body is outside any function.
class C:
    x = yield 1
