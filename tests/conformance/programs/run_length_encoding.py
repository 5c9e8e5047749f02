# Run-length encoding of str and bytes, with a round trip.
def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out
def decode(pairs):
    return "".join(ch * n for ch, n in pairs)
for s in ["aaabccdddd", "", "a", "abc", "zzzzzzzzzzzz"]:
    enc = encode(s)
    print(repr(s), enc, decode(enc) == s)
data = b"\x00\x00\x00\xff\xff\x01"
enc = encode(data)
print(enc, bytes(b for b, n in enc for _ in range(n)) == data)
