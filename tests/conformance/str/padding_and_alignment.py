# zfill, center, ljust, rjust with widths smaller and larger than the string.
for s in ["abc", "", "-42", "+7", "x" * 6]:
    print(repr(s.zfill(5)), repr(s.center(8)), repr(s.ljust(6)), repr(s.rjust(6)))
    print(repr(s.center(9, "*")), repr(s.ljust(7, "-")), repr(s.rjust(7, "0")))
print("abc".center(6), "|" + "ab".center(5) + "|", "|" + "abc".center(4) + "|")
print("42".zfill(1), "-".zfill(3), "3.14".zfill(7), "-0.5".zfill(6))
for args in [(5, "ab"), (5, ""), ("5",)]:
    try:
        print("x".center(*args))
    except TypeError as e:
        print("TypeError", e)
