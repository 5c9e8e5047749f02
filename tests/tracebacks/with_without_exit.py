class M:
    def __enter__(self):
        return self
with M() as m:
    pass
