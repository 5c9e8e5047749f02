# tobytes() of a 1-D view is the same for every order.
import array
for obj in [b"abcdef", bytearray(b"xyz"), array.array("h", [1, -2, 3])]:
    m = memoryview(obj)
    outs = [m.tobytes(), m.tobytes("C"), m.tobytes("F"), m.tobytes("A"), m.tobytes(None), m.tobytes(order="C")]
    print(outs[0], all(o == outs[0] for o in outs), type(outs[0]).__name__)
