# Argument errors of the methods, and where a set argument stands for a frozenset (in, remove, discard) and where not.
f = {frozenset({1})}
for call in (lambda: f.intersection([{1}]), lambda: f.isdisjoint([{1}]), lambda: f.issuperset([{1}]), lambda: f.copy().difference_update([{1}]),
             lambda: {1} in f, lambda: f.copy().remove({1}), lambda: f.copy().discard({1}), lambda: f.__contains__({1}), lambda: f.issubset([{1}]),
             lambda: {1}.update(x=1), lambda: {1}.union(x=1), lambda: f.symmetric_difference([{2}])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
for c in (lambda: [].append(x=1), lambda: {1}.add(x=1), lambda: {1}.symmetric_difference(other=1), lambda: {1}.add(), lambda: {1}.add(1, 2), lambda: {1}.pop(1)):
    try:
        c()
    except TypeError as e:
        print(e)
for c in (lambda: frozenset().union(x=1), lambda: set().intersection_update(a=1), lambda: set().difference(b=2)):
    try:
        c()
    except TypeError as e:
        print(e)
