# Blocks nest by indentation; dedenting several levels at once closes them all.
def classify(n):
    if n < 0:
        return "negative"
    else:
        if n == 0:
            return "zero"
        elif n < 10:
            if n % 2 == 0:
                return "small even"
            else:
                return "small odd"
    return "large"

for n in [-3, 0, 4, 7, 12]:
    print(n, classify(n))

total = 0
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        total += i * 10 + j
print("total", total)

# mixed indentation widths are fine as long as each block is consistent
if True:
  print("two spaces")
  if True:
        print("then eight")
  print("back to two")
print("top level")
