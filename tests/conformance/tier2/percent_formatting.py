# Tier 2: %-formatting of str and bytes.
print("%d items at %.2f each" % (3, 1.5))
print("%s and %r" % ("str", "repr"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %e %g" % (255, 255, 8, 12345.678, 0.0001))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("100%% done" % (), "%c%c" % (72, "i"))
print(b"%d bytes: %s" % (5, b"abc"))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
