package org.minipy.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The special methods that operations dispatch on: CPython's type slots (tp_repr, sq_length, mp_subscript,
 * nb_add...), one entry per dunder name, as GraalPy's SpecialMethodSlot. A class keeps one resolved method per
 * entry ({@link PythonClass#getSlot}); the operation nodes read it through
 * {@link org.minipy.nodes.object.LookupSpecialMethodNode}.
 */
public enum SpecialMethodSlot {
    REPR("__repr__"),
    STR("__str__"),
    HASH("__hash__"),
    BOOL("__bool__"),
    LEN("__len__"),
    GETITEM("__getitem__"),
    SETITEM("__setitem__"),
    DELITEM("__delitem__"),
    CONTAINS("__contains__"),
    ITER("__iter__"),
    NEXT("__next__"),
    CALL("__call__"),
    INDEX("__index__"),
    BYTES("__bytes__"),
    EQ("__eq__"),
    NE("__ne__"),
    LT("__lt__"),
    LE("__le__"),
    GT("__gt__"),
    GE("__ge__"),
    NEG("__neg__"),
    POS("__pos__"),
    INVERT("__invert__"),
    ADD("__add__"),
    RADD("__radd__"),
    IADD("__iadd__"),
    SUB("__sub__"),
    RSUB("__rsub__"),
    ISUB("__isub__"),
    MUL("__mul__"),
    RMUL("__rmul__"),
    IMUL("__imul__"),
    MATMUL("__matmul__"),
    RMATMUL("__rmatmul__"),
    IMATMUL("__imatmul__"),
    TRUEDIV("__truediv__"),
    RTRUEDIV("__rtruediv__"),
    ITRUEDIV("__itruediv__"),
    FLOORDIV("__floordiv__"),
    RFLOORDIV("__rfloordiv__"),
    IFLOORDIV("__ifloordiv__"),
    MOD("__mod__"),
    RMOD("__rmod__"),
    IMOD("__imod__"),
    DIVMOD("__divmod__"),
    RDIVMOD("__rdivmod__"),
    POW("__pow__"),
    RPOW("__rpow__"),
    IPOW("__ipow__"),
    LSHIFT("__lshift__"),
    RLSHIFT("__rlshift__"),
    ILSHIFT("__ilshift__"),
    RSHIFT("__rshift__"),
    RRSHIFT("__rrshift__"),
    IRSHIFT("__irshift__"),
    AND("__and__"),
    RAND("__rand__"),
    IAND("__iand__"),
    OR("__or__"),
    ROR("__ror__"),
    IOR("__ior__"),
    XOR("__xor__"),
    RXOR("__rxor__"),
    IXOR("__ixor__");

    static final SpecialMethodSlot[] VALUES = values();
    private static final Map<String, SpecialMethodSlot> BY_NAME = new HashMap<>();

    static {
        for (SpecialMethodSlot slot : VALUES) {
            BY_NAME.put(slot.dunder, slot);
        }
        for (SpecialMethodSlot slot : VALUES) {
            slot.reflected = BY_NAME.get("__r" + slot.dunder.substring(2));
            slot.inPlace = BY_NAME.get("__i" + slot.dunder.substring(2));
        }
    }

    private final String dunder;
    /** For a binary operator, the slot of its reflected form ({@code __radd__} for {@code __add__}); else null. */
    private SpecialMethodSlot reflected;
    /** For a binary operator, the slot of its in-place form ({@code __iadd__} for {@code __add__}); else null. */
    private SpecialMethodSlot inPlace;

    SpecialMethodSlot(String dunder) {
        this.dunder = dunder;
    }

    public String getName() {
        return dunder;
    }

    public SpecialMethodSlot getReflected() {
        return reflected;
    }

    public SpecialMethodSlot getInPlace() {
        return inPlace;
    }

    /** The slot a class attribute of this name fills, or null (CPython's update_slot looks it up the same way). */
    public static SpecialMethodSlot byName(String name) {
        return BY_NAME.get(name);
    }
}
