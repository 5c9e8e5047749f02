package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** longrangeiter: the iterator of a range whose items or length do not all fit in a long. */
public final class PLongRangeIterator extends PythonIterator {
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    PLongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (remaining.signum() <= 0) {
            return null;
        }
        BigInteger result = next;
        next = next.add(step);
        remaining = remaining.subtract(BigInteger.ONE);
        return PInt.normalize(result);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.longrange_iterator;
    }
}
