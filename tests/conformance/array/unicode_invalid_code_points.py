# frombytes can store values that are no code point; reading such an item fails, the bytes stay.
import array

for code in 'uw':
    a = array.array(code, 'ab')
    a.frombytes(b'\x00\x00\x11\x00')
    print(len(a), a[0], a.tobytes()[-4:])
    try:
        a[2]
    except ValueError as e:
        print(code, type(e).__name__, e)
    try:
        a.tolist()
    except ValueError as e:
        print(code, type(e).__name__, e)
    try:
        a.tounicode()
    except (ValueError, UnicodeError) as e:
        print(code, type(e).__name__, e)
    print(a == a, len(a[:2]), a[:2])
