package org.minipy.builtins.functions;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectSizeNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PReversed;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The class {@code reversed} (Objects/enumobject.c, reversed_new_impl). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.reversed)
public final class ReversedBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ReversedBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls", "sequence"})
    @GenerateNodeFactory
    public abstract static class ReversedNewNode extends PythonBinaryBuiltinNode {
        /**
         * list, range and dict reverse through their own {@code __reversed__} in CPython (hence the
         * iterator types they report); other builtin sequences and user classes with {@code __len__}
         * and {@code __getitem__} through the sequence protocol.
         */
        @Specialization
        @TruffleBoundary
        Object create(@SuppressWarnings("unused") Object cls, Object sequence) {
            if (sequence instanceof PList list) {
                return new PReversed(list, list.size(), PythonBuiltinClassType.list_reverseiterator);
            } else if (PBigRange.isRange(sequence)) {
                return PBigRange.of(sequence).reverseIterator();
            } else if (sequence instanceof PDict dict) {
                Object[] keys = dict.keys();
                return new PReversed(new PTuple(keys), keys.length, PythonBuiltinClassType.reversed);
            } else if (sequence instanceof String || sequence instanceof PTuple || sequence instanceof PBytes || sequence instanceof PByteArray) {
                return new PReversed(sequence, PyObjectSizeNode.getUncached().execute(sequence), PythonBuiltinClassType.reversed);
            }
            PythonClass type = GetClassNode.getUncached().execute(sequence);
            Object reversedMethod = type.lookupSpecial("__reversed__");
            if (reversedMethod != null) {
                return PyObjectCallNode.getUncached().execute(reversedMethod, PArguments.ofPositional(sequence));
            }
            // PySequence_Check: dicts have __getitem__ but are not sequences
            if (type.getSlot(SpecialMethodSlot.GETITEM) != null && type.getSlot(SpecialMethodSlot.LEN) != null && !type.isSubclassOf(PythonBuiltinClassType.dict)) {
                return new PReversed(sequence, PyObjectSizeNode.getUncached().execute(sequence), PythonBuiltinClassType.reversed);
            }
            throw PRaiseNode.raise(this, TypeError, "'%s' object is not reversible", type.getName());
        }
    }
}
