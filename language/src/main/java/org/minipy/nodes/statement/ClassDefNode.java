package org.minipy.nodes.statement;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Signature;

import static org.minipy.runtime.PythonBuiltinClassType.NameError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code class Name(Base): body}: makes the class, then runs the body with the class's dict as its
 * namespace (the body's names are class locals, its functions become methods).
 */
public final class ClassDefNode extends ExpressionNode {
    private final String name;
    private final String qualname;
    /** The body's docstring, or null. */
    private final String doc;
    @Children private final ExpressionNode[] bases;
    /** The class statement's keywords, metaclass= among them. */
    private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    private final RootCallTarget body;
    private final int[] closureSlots;

    public ClassDefNode(String name, String qualname, String doc, ExpressionNode[] bases, String[] keywordNames, ExpressionNode[] keywordValues,
                    RootCallTarget body, int[] closureSlots) {
        this.name = name;
        this.qualname = qualname;
        this.doc = doc;
        this.bases = bases;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.body = body;
        this.closureSlots = closureSlots;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] baseValues = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            baseValues[i] = bases[i].executeGeneric(frame);
        }
        Object[] keywords = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            keywords[i] = keywordValues[i].executeGeneric(frame);
        }
        PCell[] closure = new PCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (PCell) frame.getObject(closureSlots[i]);
        }
        Object callee = PArguments.getCallee(frame.getArguments());
        PModule globals = callee instanceof PFunction f ? f.getGlobals() : (PModule) callee;
        return create(baseValues, keywords, closure, globals);
    }

    /**
     * builtin___build_class__: the metaclass (metaclass= or the bases' most derived one) makes the class from the
     * namespace the body filled. With type as metaclass the body fills the new class's dict directly.
     */
    @TruffleBoundary
    private Object create(Object[] baseValues, Object[] keywords, PCell[] closure, PModule globals) {
        PDict classKeywords = new PDict();
        for (int i = 0; i < keywords.length; i++) {
            if (keywordNames[i] != null) {
                classKeywords.putString(keywordNames[i], keywords[i]);
            } else if (keywords[i] instanceof PDict mapping) {
                for (Object[] entry : mapping.entries()) {
                    classKeywords.put(entry[0], entry[1]);
                }
            } else {
                throw PRaiseNode.raise(this, TypeError, "__build_class__() argument after ** must be a mapping, not %s",
                                GetClassNode.getUncached().execute(keywords[i]).getName());
            }
        }
        Object explicitMeta = classKeywords.remove("metaclass");
        PythonClass typeClass = MiniPyContext.get(this).getBuiltinClass(PythonBuiltinClassType.type);
        Object meta = explicitMeta;
        if (meta == null) {
            for (Object b : baseValues) {
                if (!(b instanceof PythonClass)) {
                    throw PRaiseNode.raise(this, TypeError, "bases must be types");
                }
            }
            meta = baseValues.length == 0 ? typeClass : GetClassNode.getUncached().execute(baseValues[0]);
        }
        if (meta instanceof PythonClass m && m.isSubclassOf(PythonBuiltinClassType.type)) {
            meta = TypeNew.calculateMetaclass(this, m, baseValues);
        }
        if (meta == typeClass) {
            PythonClass cls = TypeNew.create(this, name, baseValues, typeClass);
            initNamespace(cls, globals);
            runBody(cls, closure, globals);
            TypeNew.finish(this, cls, classKeywords);
            return cls;
        }
        PTuple basesTuple = new PTuple(baseValues.clone());
        PDict namespace = prepare(meta, basesTuple, classKeywords);
        // the body's names go to a holder class, then into the namespace the metaclass receives
        PythonClass holder = TypeNew.create(this, name, new Object[0], typeClass);
        for (Object[] entry : namespace.entries()) {
            if (entry[0] instanceof String key) {
                holder.setAttribute(key, entry[1]);
            }
        }
        initNamespace(holder, globals);
        PCell classCell = runBody(holder, closure, globals);
        for (Map.Entry<String, Object> e : holder.getDict().entrySet()) {
            namespace.putString(e.getKey(), e.getValue());
        }
        Object[] args = PArguments.ofStarred(new Object[]{name, basesTuple, namespace}, classKeywords);
        Object cls = PyObjectCallNode.getUncached().execute(meta, args);
        if (cls instanceof PythonClass) {
            classCell.setRef(cls);
        }
        return cls;
    }

    /** The metaclass's {@code __prepare__(name, bases, **keywords)}, or a new dict if it has none. */
    private PDict prepare(Object meta, PTuple bases, PDict classKeywords) {
        Object prepare = PyObjectGetAttrNode.lookup(meta, "__prepare__");
        if (prepare == null) {
            return new PDict();
        }
        Object namespace = PyObjectCallNode.getUncached().execute(prepare, PArguments.ofStarred(new Object[]{name, bases}, classKeywords));
        if (!(namespace instanceof PDict dict)) {
            String metaName = meta instanceof PythonClass m ? m.getName() : "<metaclass>";
            throw PRaiseNode.raise(this, TypeError, "%s.__prepare__() must return a mapping, not %s", metaName,
                            GetClassNode.getUncached().execute(namespace).getName());
        }
        return dict;
    }

    private void initNamespace(PythonClass cls, PModule globals) {
        cls.setAttribute("__module__", globals.getName());
        cls.setAttribute("__qualname__", qualname);
        if (doc != null) {
            cls.setAttribute("__doc__", doc);
        }
    }

    /** Runs the body with {@code cls}'s dict as namespace; returns the {@code __class__} cell its functions share. */
    private PCell runBody(PythonClass cls, PCell[] closure, PModule globals) {
        PFunction bodyFunction = new PFunction(name, qualname, body, new Signature(name, new String[]{"__class__"}, 1, new String[0], null, null),
                        new Object[0], new Object[0], closure, globals);
        Object[] args = PArguments.ofPositional(cls);
        args[PArguments.CALLEE] = bodyFunction;
        try {
            return (PCell) body.call(this, args);
        } catch (PException e) {
            throw e.passedCallSite(this);
        }
    }

    public static ExpressionNode readClassLocal(String name) {
        return new ReadClassLocalNode(name);
    }

    public static ExpressionNode readClassFree(String name, int slot) {
        return new ReadClassFreeNode(name, slot);
    }

    public static WriteTargetNode writeClassLocal(String name) {
        return new WriteClassLocalNode(name);
    }

    static PythonClass currentClass(VirtualFrame frame) {
        return (PythonClass) frame.getArguments()[PArguments.FIRST_VALUE];
    }

    /** The root of a class body. */
    public static final class Body extends MiniPyRootNode {
        @Child private StatementNode block;
        private final int classSlot;
        /** Slots receiving the closure's cells: the enclosing functions' variables the body or its methods use. */
        @CompilationFinal(dimensions = 1) private final int[] freeSlots;

        public Body(MiniPyLanguage language, FrameDescriptor descriptor, SourceSection section, String name, StatementNode block, int classSlot,
                        int[] freeSlots) {
            super(language, descriptor, section, name);
            this.block = block;
            this.classSlot = classSlot;
            this.freeSlots = freeSlots;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PCell cell = new PCell();
            cell.setRef(currentClass(frame));
            frame.setObject(classSlot, cell);
            PCell[] closure = ((PFunction) PArguments.getCallee(frame.getArguments())).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
            block.executeVoid(frame);
            return cell;
        }
    }

    /** A name read in a class body: the class namespace, then globals, then builtins (LOAD_NAME). */
    static final class ReadClassLocalNode extends ExpressionNode {
        private final String name;

        ReadClassLocalNode(String name) {
            this.name = name;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            PythonClass cls = currentClass(frame);
            PModule globals = ((PFunction) PArguments.getCallee(frame.getArguments())).getGlobals();
            return lookup(cls, globals);
        }

        @TruffleBoundary
        private Object lookup(PythonClass cls, PModule globals) {
            Object v = cls.getOwn(name);
            if (v == null) {
                v = globals.get(name);
            }
            if (v == null) {
                v = MiniPyContext.get(this).getBuiltins().get(name);
            }
            if (v == null) {
                throw PRaiseNode.raise(this, NameError, "name '%s' is not defined", name);
            }
            return v;
        }
    }

    /**
     * A free variable read in a class body (LOAD_FROM_DICT_OR_DEREF): the class namespace first, then the
     * enclosing function's cell.
     */
    static final class ReadClassFreeNode extends ExpressionNode {
        private final String name;
        private final int slot;

        ReadClassFreeNode(String name, int slot) {
            this.name = name;
            this.slot = slot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = ownAttribute(currentClass(frame));
            if (v == null) {
                v = ((PCell) frame.getObject(slot)).getRef();
                if (v == null) {
                    throw PRaiseNode.raise(this, NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                                    name);
                }
            }
            return v;
        }

        @TruffleBoundary
        private Object ownAttribute(PythonClass cls) {
            return cls.getOwn(name);
        }
    }

    /** A name bound in a class body: an entry of the class namespace. */
    static final class WriteClassLocalNode extends WriteTargetNode {
        private final String name;

        WriteClassLocalNode(String name) {
            this.name = name;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            currentClass(frame).setAttribute(name, value);
        }

        @Override
        public void executeDelete(VirtualFrame frame) {
            if (!currentClass(frame).removeAttribute(name)) {
                throw PRaiseNode.raise(this, NameError, "name '%s' is not defined", name);
            }
        }
    }

}
