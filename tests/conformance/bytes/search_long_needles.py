# Searches take time linear in the text whatever the needle (CPython's fastsearch): each line below
# compares a 20001-byte needle at 280000 places, which a naive search would take minutes over.
hay = b"a" * 300000
needle = b"a" * 20000 + b"b"
rneedle = b"b" + b"a" * 20000
hit = hay + needle

print(hay.find(needle), hay.rfind(rneedle), hay.count(needle), needle in hay, rneedle in hay)
print(hit.find(needle), hit.rfind(needle), hit.count(needle), needle in hit, hit.index(needle))
print(len(hay.split(needle)), len(hit.split(needle)), [len(p) for p in hit.rsplit(needle)])
print([len(p) for p in hit.partition(needle)], [len(p) for p in hay.rpartition(rneedle)])
print(len(hit.replace(needle, b"x")), hay.replace(needle, b"x") == hay)
try:
    hay.index(needle)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hay.rindex(rneedle)
except ValueError as e:
    print(type(e).__name__, e)

ba = bytearray(hit)
print(ba.find(needle), ba.rfind(memoryview(needle)), ba.count(bytearray(needle)), memoryview(needle) in ba)
print(hit.find(memoryview(needle)), hay.find(memoryview(needle)), len(ba.split(needle)))

text = "a" * 300000
sub = "a" * 20000 + "b"
rsub = "b" + "a" * 20000
shit = text + sub
print(text.find(sub), text.rfind(rsub), text.count(sub), sub in text, rsub in text)
print(shit.find(sub), shit.rfind(sub), shit.count(sub), sub in shit, shit.index(sub), shit.rindex(sub))
print(len(text.split(sub)), len(shit.split(sub)), [len(p) for p in shit.rsplit(sub)])
print([len(p) for p in shit.partition(sub)], [len(p) for p in text.rpartition(rsub)])
print(len(shit.replace(sub, "x")), text.replace(sub, "x") == text)

# periodic needles and overlapping candidates
period = b"abc" * 5000
print((period * 4).find(period + b"abd"), (period * 4).count(period), (b"ab" * 40000).rfind(b"ab" * 300 + b"b"))
print((b"xy" * 100 + b"x" * 50).find(b"x" * 40), (b"x" * 50 + b"xy" * 100).rfind(b"x" * 40))
