# partition and rpartition always return three strings.
print("key=value".partition("="), "key=value".rpartition("="))
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("".partition("x"), "abc".partition("abc"), "abc".partition("c"))
print("path/to/file.txt".rpartition("/")[2], "file.tar.gz".partition(".")[0])
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
