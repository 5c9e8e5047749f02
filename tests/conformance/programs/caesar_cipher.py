# Caesar cipher over str with ord/chr arithmetic and a bytes variant.
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! The quick brown fox."
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3) == msg, shift(msg, 26) == msg, shift(msg, -29) == shift(msg, -3))
raw = msg.encode()
rot = bytes((b + 13) % 256 for b in raw)
print(rot.hex(" ", 4))
print(bytes((b - 13) % 256 for b in rot).decode())
