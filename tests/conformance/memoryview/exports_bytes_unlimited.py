# bytes exporters hand out any number of read-only views.
b = b"immutable"
views = [memoryview(b) for i in range(5)]
print(all(v.obj is b for v in views), all(v.readonly for v in views), sum(len(v) for v in views))
for v in views:
    v.release()
print(b)
