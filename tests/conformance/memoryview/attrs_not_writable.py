# Attributes are read-only and views have no instance dictionary.
m = memoryview(bytearray(4))
def s_obj():
    m.obj = 1
def s_nbytes():
    m.nbytes = 1
def s_readonly():
    m.readonly = 1
def s_itemsize():
    m.itemsize = 1
def s_format():
    m.format = 1
def s_ndim():
    m.ndim = 1
def s_shape():
    m.shape = 1
def s_strides():
    m.strides = 1
def s_suboffsets():
    m.suboffsets = 1
def s_c_contiguous():
    m.c_contiguous = 1
def s_f_contiguous():
    m.f_contiguous = 1
def s_contiguous():
    m.contiguous = 1
def s_foo():
    m.foo = 1
def s_release_me():
    m.release_me = 1
def d_format():
    del m.format
def g_nosuch():
    return m.nosuch
for f in [s_obj, s_nbytes, s_readonly, s_itemsize, s_format, s_ndim, s_shape, s_strides, s_suboffsets,
          s_c_contiguous, s_f_contiguous, s_contiguous, s_foo, s_release_me, d_format, g_nosuch]:
    try:
        f()
        print("no error")
    except AttributeError as e:
        print("AttributeError", e)
