# Item assignment accepts exactly the values struct.pack_into accepts (test_memoryview_struct_module);
# for values too large for 'e', struct raises OverflowError where memoryview raises ValueError.
import struct
values = [9, -9, 2.2, 12.2, True, False, None, (), (9,), [1, 2, 3], {7: 8}, b"a", b"abc", bytearray(b"a"), "a", "abc",
          2 ** 70, -(2 ** 70), 300, -300, 1e10]
for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "c", "?"]:
    size = struct.calcsize(fmt)
    nd = bytearray(size * 2)
    m = memoryview(bytearray(size * 2)).cast(fmt)
    agree = 0
    for v in values:
        try:
            struct.pack_into(fmt, nd, size, v)
            s_ok = True
        except (struct.error, OverflowError):
            s_ok = False
        try:
            m[1] = v
            m_ok = True
        except (TypeError, ValueError):
            m_ok = False
        if s_ok == m_ok and (not s_ok or m[1] == struct.unpack_from(fmt, nd, size)[0]):
            agree += 1
        else:
            print("disagree", fmt, repr(v), s_ok, m_ok)
    print(fmt, agree, len(values))
