# Parameters after * or *args can only be passed by keyword.
def connect(host, *, port=80, secure=False):
    return host, port, secure
print(connect("a"), connect("b", port=443), connect("c", secure=True, port=1))
def log(*messages, sep=" ", level):
    return level + ": " + sep.join(messages)
print(log("x", "y", level="INFO"), log(level="WARN"), log("a", "b", sep="-", level="E"))
for f in [lambda: connect("a", 443), lambda: log("x"), lambda: connect("a", colour="red")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
