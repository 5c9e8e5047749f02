package org.minipy.runtime;

/**
 * Every class that minipy defines in Java. The enum is the language-independent identity of a builtin
 * class (usable in static code and in compiled code as a constant); the {@link PythonClass} objects
 * themselves live in the language instance because their method tables hold call targets.
 */
public enum PythonBuiltinClassType {
    object("object", null),
    type("type", object),
    int_("int", object),
    bool("bool", int_),
    float_("float", object),
    str("str", object),
    bytes("bytes", object),
    bytearray("bytearray", object),
    list("list", object),
    tuple("tuple", object),
    dict("dict", object),
    set("set", object),
    frozenset("frozenset", object),
    NoneType("NoneType", object),
    NotImplementedType("NotImplementedType", object),
    ellipsis("ellipsis", object),
    slice("slice", object),
    range("range", object),
    function("function", object),
    builtin_function_or_method("builtin_function_or_method", object),
    method("method", object),
    super_("super", object),
    module("module", object),
    cell("cell", object),
    generator("generator", object),
    traceback("traceback", object),
    frame("frame", object),
    code("code", object),
    list_iterator("list_iterator", object),
    list_reverseiterator("list_reverseiterator", object),
    tuple_iterator("tuple_iterator", object),
    range_iterator("range_iterator", object),
    longrange_iterator("longrange_iterator", object),
    str_ascii_iterator("str_ascii_iterator", object),
    bytes_iterator("bytes_iterator", object),
    bytearray_iterator("bytearray_iterator", object),
    dict_keyiterator("dict_keyiterator", object),
    dict_valueiterator("dict_valueiterator", object),
    dict_itemiterator("dict_itemiterator", object),
    dict_keys("dict_keys", object),
    dict_values("dict_values", object),
    dict_items("dict_items", object),
    set_iterator("set_iterator", object),
    iterator("iterator", object),
    enumerate("enumerate", object),
    zip("zip", object),
    map("map", object),
    filter("filter", object),
    reversed("reversed", object),
    memoryview("memoryview", object),
    memory_iterator("memory_iterator", object),
    GenericAlias("GenericAlias", "types", object),
    array("array", "array", object),
    arrayiterator("arrayiterator", "array", object),
    Struct("Struct", "_struct", object),
    unpack_iterator("unpack_iterator", "_struct", object),
    TextIOWrapper("TextIOWrapper", "_io", object),
    /** The class of every value of another language (a host object, a JavaScript object...), as GraalPy names it. */
    ForeignObject("ForeignObject", "polyglot", object),

    BaseException("BaseException", object),
    SystemExit("SystemExit", BaseException),
    KeyboardInterrupt("KeyboardInterrupt", BaseException),
    GeneratorExit("GeneratorExit", BaseException),
    Exception("Exception", BaseException),
    StopIteration("StopIteration", Exception),
    ArithmeticError("ArithmeticError", Exception),
    FloatingPointError("FloatingPointError", ArithmeticError),
    OverflowError("OverflowError", ArithmeticError),
    ZeroDivisionError("ZeroDivisionError", ArithmeticError),
    AssertionError("AssertionError", Exception),
    AttributeError("AttributeError", Exception),
    BufferError("BufferError", Exception),
    EOFError("EOFError", Exception),
    ImportError("ImportError", Exception),
    ModuleNotFoundError("ModuleNotFoundError", ImportError),
    LookupError("LookupError", Exception),
    IndexError("IndexError", LookupError),
    KeyError("KeyError", LookupError),
    MemoryError("MemoryError", Exception),
    NameError("NameError", Exception),
    UnboundLocalError("UnboundLocalError", NameError),
    OSError("OSError", Exception),
    UnsupportedOperation("UnsupportedOperation", "io", OSError),
    ReferenceError("ReferenceError", Exception),
    RuntimeError("RuntimeError", Exception),
    NotImplementedError("NotImplementedError", RuntimeError),
    RecursionError("RecursionError", RuntimeError),
    SyntaxError("SyntaxError", Exception),
    IndentationError("IndentationError", SyntaxError),
    TabError("TabError", IndentationError),
    SystemError("SystemError", Exception),
    TypeError("TypeError", Exception),
    ValueError("ValueError", Exception),
    UnicodeError("UnicodeError", ValueError),
    UnicodeDecodeError("UnicodeDecodeError", UnicodeError),
    UnicodeEncodeError("UnicodeEncodeError", UnicodeError),
    StructError("error", "struct", Exception),
    Warning("Warning", Exception),
    DeprecationWarning("DeprecationWarning", Warning),
    RuntimeWarning("RuntimeWarning", Warning),
    UserWarning("UserWarning", Warning);

    private final String pythonName;
    private final String moduleName;
    private final PythonBuiltinClassType base;

    PythonBuiltinClassType(String pythonName, PythonBuiltinClassType base) {
        this(pythonName, "builtins", base);
    }

    PythonBuiltinClassType(String pythonName, String moduleName, PythonBuiltinClassType base) {
        this.pythonName = pythonName;
        this.moduleName = moduleName;
        this.base = base;
    }

    public String getName() {
        return pythonName;
    }

    public String getModuleName() {
        return moduleName;
    }

    public PythonBuiltinClassType getBase() {
        return base;
    }

    /** Whether a class statement may derive from it (CPython's Py_TPFLAGS_BASETYPE). */
    public boolean isAcceptableBase() {
        return switch (this) {
            case bool, NoneType, NotImplementedType, ellipsis, slice, range, memoryview, memory_iterator, function,
                            builtin_function_or_method, method, cell, generator, list_iterator, list_reverseiterator, tuple_iterator,
                            range_iterator, longrange_iterator, str_ascii_iterator, bytes_iterator, bytearray_iterator, dict_keyiterator,
                            dict_valueiterator, dict_itemiterator, dict_keys, dict_values, dict_items, set_iterator, iterator ->
                false;
            default -> true;
        };
    }

    /** The mutable containers, whose {@code __hash__} is None (CPython's PyObject_HashNotImplemented). */
    public boolean isUnhashable() {
        return switch (this) {
            case list, dict, set, bytearray, array -> true;
            default -> false;
        };
    }

    public boolean isExceptionType() {
        for (PythonBuiltinClassType t = this; t != null; t = t.base) {
            if (t == BaseException) {
                return true;
            }
        }
        return false;
    }
}
