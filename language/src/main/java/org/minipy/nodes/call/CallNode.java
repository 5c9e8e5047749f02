package org.minipy.nodes.call;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code f(a, b, k=c)}. Arguments are evaluated straight into a {@link PArguments} array; a call
 * with {@code *args} or {@code **kwargs} builds the array at run time instead.
 */
public final class CallNode extends ExpressionNode {
    @Child private ExpressionNode function;
    @Children private final ExpressionNode[] arguments;
    /** Per positional argument: is it {@code *iterable}? */
    private final boolean[] starred;
    /** Keyword names in order; null for a {@code **mapping} entry. */
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    private final boolean simple;
    @Child private PyObjectCallNode call = PyObjectCallNode.create();

    public CallNode(ExpressionNode function, ExpressionNode[] arguments, boolean[] starred, String[] keywordNames, ExpressionNode[] keywordValues) {
        this.function = function;
        this.arguments = arguments;
        this.starred = starred;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        boolean isSimple = true;
        for (boolean s : starred) {
            isSimple &= !s;
        }
        for (String k : keywordNames) {
            isSimple &= k != null;
        }
        this.simple = isSimple;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object callee = function.executeGeneric(frame);
        Object[] args = simple ? evaluateSimple(frame) : evaluateUnpacking(frame, callee);
        return call.execute(callee, args);
    }

    @ExplodeLoop
    private Object[] evaluateSimple(VirtualFrame frame) {
        Object[] args = new Object[PArguments.FIRST_VALUE + arguments.length + keywordValues.length];
        for (int i = 0; i < arguments.length; i++) {
            args[PArguments.FIRST_VALUE + i] = arguments[i].executeGeneric(frame);
        }
        for (int i = 0; i < keywordValues.length; i++) {
            args[PArguments.FIRST_VALUE + arguments.length + i] = keywordValues[i].executeGeneric(frame);
        }
        args[PArguments.KEYWORD_NAMES] = keywordValues.length == 0 ? null : keywordNames;
        return args;
    }

    @ExplodeLoop
    private Object[] evaluateUnpacking(VirtualFrame frame, Object callee) {
        Object[] positional = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            positional[i] = arguments[i].executeGeneric(frame);
        }
        Object[] kwValues = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            kwValues[i] = keywordValues[i].executeGeneric(frame);
        }
        return buildArguments(callee, positional, kwValues);
    }

    @TruffleBoundary
    private Object[] buildArguments(Object callee, Object[] positional, Object[] kwValues) {
        ArrayList<Object> values = new ArrayList<>();
        for (int i = 0; i < positional.length; i++) {
            if (starred[i]) {
                try {
                    for (Object o : IterableToArray.toArray(this, positional[i], null)) {
                        values.add(o);
                    }
                } catch (PException e) {
                    if (e.isOfType(PythonBuiltinClassType.TypeError)) {
                        throw PRaiseNode.raise(this, TypeError, "%s argument after * must be an iterable, not %s", describe(callee),
                                        GetClassNode.getUncached().execute(positional[i]).getName());
                    }
                    throw e;
                }
            } else {
                values.add(positional[i]);
            }
        }
        ArrayList<String> names = new ArrayList<>();
        ArrayList<Object> kw = new ArrayList<>();
        for (int i = 0; i < kwValues.length; i++) {
            if (keywordNames[i] != null) {
                addKeyword(callee, names, kw, keywordNames[i], kwValues[i]);
            } else if (kwValues[i] instanceof PDict dict) {
                for (Object[] e : dict.entries()) {
                    if (!(e[0] instanceof String key)) {
                        throw PRaiseNode.raise(this, TypeError, "keywords must be strings");
                    }
                    addKeyword(callee, names, kw, key, e[1]);
                }
            } else {
                throw PRaiseNode.raise(this, TypeError, "%s argument after ** must be a mapping, not %s", describe(callee),
                                GetClassNode.getUncached().execute(kwValues[i]).getName());
            }
        }
        values.addAll(kw);
        Object[] args = new Object[PArguments.FIRST_VALUE + values.size()];
        for (int i = 0; i < values.size(); i++) {
            args[PArguments.FIRST_VALUE + i] = values.get(i);
        }
        args[PArguments.KEYWORD_NAMES] = names.isEmpty() ? null : names.toArray(new String[0]);
        return args;
    }

    private void addKeyword(Object callee, ArrayList<String> names, ArrayList<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw PRaiseNode.raise(this, TypeError, "%s got multiple values for keyword argument '%s'", describe(callee), name);
        }
        names.add(name);
        values.add(value);
    }

    private static String describe(Object callee) {
        if (callee instanceof PFunction f) {
            return f.getGlobals().getName() + "." + f.getQualname() + "()";
        } else if (callee instanceof PBuiltinFunction f) {
            return f.getName() + "()";
        }
        return GetClassNode.getUncached().execute(callee).getName() + " object";
    }
}
