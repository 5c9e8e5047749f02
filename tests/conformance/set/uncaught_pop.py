# pop from an empty set, uncaught.
s = {1}
print(s.pop())
s.pop()
