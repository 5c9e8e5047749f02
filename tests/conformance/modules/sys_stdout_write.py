# sys.stdout.write returns the number of characters and adds no newline.
import sys
n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
print(n)
print(sys.stdout.write("é😀\n"))
sys.stdout.write("")
sys.stdout.write("a" + "b" * 3 + "\n")
print("interleaved", end=" ")
sys.stdout.write("with write\n")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
