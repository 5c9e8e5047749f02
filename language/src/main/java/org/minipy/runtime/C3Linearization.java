package org.minipy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The method resolution order of a class with several bases (Objects/typeobject.c mro_implementation). */
final class C3Linearization {
    private C3Linearization() {
    }

    /**
     * The class followed by the C3 merge of its bases' MROs and the list of bases; throws
     * {@link IllegalArgumentException} with CPython's message when the bases allow no consistent order.
     */
    @TruffleBoundary
    static PythonClass[] mro(PythonClass cls, PythonClass[] bases) {
        List<List<PythonClass>> toMerge = new ArrayList<>();
        for (PythonClass b : bases) {
            toMerge.add(new ArrayList<>(List.of(b.getMro())));
        }
        toMerge.add(new ArrayList<>(List.of(bases)));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            toMerge.removeIf(List::isEmpty);
            if (toMerge.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass next = null;
            for (List<PythonClass> seq : toMerge) {
                PythonClass candidate = seq.get(0);
                if (!inTail(toMerge, candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                Set<String> heads = new LinkedHashSet<>();
                for (List<PythonClass> seq : toMerge) {
                    heads.add(seq.get(0).getName());
                }
                throw new IllegalArgumentException("Cannot create a consistent method resolution order (MRO) for bases " + String.join(", ", heads));
            }
            result.add(next);
            for (List<PythonClass> seq : toMerge) {
                if (seq.get(0) == next) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PythonClass>> toMerge, PythonClass candidate) {
        for (List<PythonClass> seq : toMerge) {
            if (seq.indexOf(candidate) > 0) {
                return true;
            }
        }
        return false;
    }
}
