# Format specs after ':' in f-strings.
n = 42
x = 3.14159
s = "abc"
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}]")
print(f"[{n:05}] [{-n:05}] [{n:+}] [{n: }]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#o}] [{n:#b}]")
print(f"[{1234567:,}] [{1234567:_}] [{0xdeadbeef:_x}]")
print(f"[{x:.2f}] [{x:8.3f}] [{x:<8.1f}] [{-x:.0f}]")
print(f"[{x:e}] [{x:.2e}] [{12345.678:E}]")
print(f"[{x:g}] [{0.00001234:g}] [{1e20:g}] [{100.0:g}]")
print(f"[{0.25:%}] [{0.25:.1%}]")
print(f"[{s:10}] [{s:>10}] [{s:^9}] [{s:*<6}] [{s:.2}]")
print(f"[{n:*^10}] [{n:=+8}]")
width = 7
prec = 2
print(f"[{x:{width}.{prec}f}]")
print(f"[{True:d}] [{True}] [{2.0:.3f}] [{7:.2f}]")
print(f"[{1e16:f}] [{-0.0:f}] [{1.5:.0f}] [{2.5:.0f}]")
