# Using a list as a stack (append/pop) and as a queue (pop(0)).
stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        right = stack.pop()
        left = stack.pop()
        stack.append(left + right if token == "+" else left * right)
    print(token, stack)
queue = ["a", "b", "c"]
while queue:
    item = queue.pop(0)
    print("served", item, "left", queue)
    if item == "a":
        queue.append("d")
