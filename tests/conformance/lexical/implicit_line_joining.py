# Newlines inside (), [] and {} do not end the statement.
total = (1 +
         2 +
         3)
print(total)

items = [
    "a",
    "b",
        "c",
]
print(items)

mapping = {
    "one": 1,
  "two": 2,
}
print(mapping)

def add(a,
        b,
        c=3):
    return a + b + c

print(add(1,
          2))
print(add(
    10,
    20,
    c=30,
))
nested = [[1, 2,
           3], (4,
                5)]
print(nested)
print(len("abc"
          "def"))
