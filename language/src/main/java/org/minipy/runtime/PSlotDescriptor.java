package org.minipy.runtime;

/**
 * A name of a class's {@code __slots__} (CPython's member descriptor, Objects/descrobject.c member_get/member_set): a
 * data descriptor whose value lives in the instance under the descriptor itself as key, apart from its attributes.
 */
public final class PSlotDescriptor extends PythonObject {
    private final String name;
    private final PythonClass owner;

    public PSlotDescriptor(String name, PythonClass owner) {
        this.name = name;
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public PythonClass getOwner() {
        return owner;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.member_descriptor;
    }
}
