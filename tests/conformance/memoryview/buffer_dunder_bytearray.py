# bytearray.__buffer__ and __release_buffer__ hand out and take back an export.
ba = bytearray(b"xy")
mv = ba.__buffer__(0)
w = ba.__buffer__(1)
print(mv.readonly, w.readonly, mv.obj is ba, mv.tolist())
w[0] = ord("X")
print(ba, mv[0])
ba.__release_buffer__(mv)
try:
    mv[0]
except ValueError as e:
    print("ValueError", e)
try:
    ba.__release_buffer__(mv)
except ValueError as e:
    print("ValueError", e)
ba.__release_buffer__(w)
ba.append(0)
print(ba)
