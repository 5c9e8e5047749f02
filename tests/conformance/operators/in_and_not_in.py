# Membership in str, bytes, list, tuple, dict and range.
print("b" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc")
print(b"b" in b"abc", 98 in b"abc", 99 not in b"ab")
print(2 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], 2])
print(1 in (1.0, 2), True in [1], None in [0, False])
print("a" in {"a": 1}, 1 in {"a": 1}, "x" not in {})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-3 in range(-5, 0), 3.0 in range(5))
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
# the message for a non-container (5) changed in 3.14: contains_not_container.py checks it
for container, item in [("abc", 1), (5, 1), (b"abc", "a"), ({}, [])]:
    try:
        print(item in container)
    except TypeError as e:
        print("TypeError", e if container != 5 else "")
