package org.minipy.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyLanguage;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PyNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.call.CallMethodNode;
import org.minipy.nodes.call.CallNode;
import org.minipy.nodes.call.SuperCallNode;
import org.minipy.nodes.controlflow.AssertNode;
import org.minipy.nodes.controlflow.BlockNode;
import org.minipy.nodes.controlflow.BreakNode;
import org.minipy.nodes.controlflow.ContinueNode;
import org.minipy.nodes.controlflow.ExceptHandlerNode;
import org.minipy.nodes.controlflow.ForNode;
import org.minipy.nodes.controlflow.GeneratorBlockNode;
import org.minipy.nodes.controlflow.GeneratorForNode;
import org.minipy.nodes.controlflow.GeneratorIfNode;
import org.minipy.nodes.controlflow.GeneratorTryNode;
import org.minipy.nodes.controlflow.GeneratorWhileNode;
import org.minipy.nodes.controlflow.GeneratorWithNode;
import org.minipy.nodes.controlflow.IfNode;
import org.minipy.nodes.controlflow.RaiseNode;
import org.minipy.nodes.controlflow.ReturnNode;
import org.minipy.nodes.controlflow.TryNode;
import org.minipy.nodes.controlflow.WhileNode;
import org.minipy.nodes.controlflow.WithNode;
import org.minipy.nodes.expression.AndNode;
import org.minipy.nodes.expression.AttributeNode;
import org.minipy.nodes.expression.BinaryExpressionNode;
import org.minipy.nodes.expression.CollectionDisplayNode;
import org.minipy.nodes.expression.CompareChainNode;
import org.minipy.nodes.expression.ComprehensionNodes;
import org.minipy.nodes.expression.ConditionalNode;
import org.minipy.nodes.expression.ConstantNode;
import org.minipy.nodes.expression.DictDisplayNode;
import org.minipy.nodes.expression.SetDisplayNode;
import org.minipy.nodes.expression.FormatValueNode;
import org.minipy.nodes.expression.JoinedStringNode;
import org.minipy.nodes.expression.NotNode;
import org.minipy.nodes.expression.OrNode;
import org.minipy.nodes.expression.SliceLiteralNode;
import org.minipy.nodes.expression.SubscriptNode;
import org.minipy.nodes.expression.UnaryOpNode;
import org.minipy.nodes.function.FunctionDefNode;
import org.minipy.nodes.function.FunctionRootNode;
import org.minipy.nodes.function.ModuleRootNode;
import org.minipy.nodes.function.TopLevelRootNode;
import org.minipy.nodes.generator.CreateGeneratorNode;
import org.minipy.nodes.generator.GeneratorRootNode;
import org.minipy.nodes.generator.SpillNode;
import org.minipy.nodes.generator.SpillScopeNode;
import org.minipy.nodes.generator.YieldFromNode;
import org.minipy.nodes.generator.YieldNode;
import org.minipy.nodes.local.ReadCellNode;
import org.minipy.nodes.local.ReadGlobalNode;
import org.minipy.nodes.local.ReadLocalNode;
import org.minipy.nodes.local.WriteCellNode;
import org.minipy.nodes.local.WriteGlobalNode;
import org.minipy.nodes.local.WriteLocalNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.operators.AddNode;
import org.minipy.nodes.operators.BinaryOpNode;
import org.minipy.nodes.operators.BitAndNode;
import org.minipy.nodes.operators.BitOrNode;
import org.minipy.nodes.operators.BitXorNode;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.nodes.operators.ContainsNode;
import org.minipy.nodes.operators.FloorDivNode;
import org.minipy.nodes.operators.IsNode;
import org.minipy.nodes.operators.LShiftNode;
import org.minipy.nodes.operators.MatMulNode;
import org.minipy.nodes.operators.ModNode;
import org.minipy.nodes.operators.MulNode;
import org.minipy.nodes.operators.PowNode;
import org.minipy.nodes.operators.RShiftNode;
import org.minipy.nodes.operators.RichCompareNode;
import org.minipy.nodes.operators.SubNode;
import org.minipy.nodes.operators.TrueDivNode;
import org.minipy.nodes.statement.AssignNode;
import org.minipy.nodes.statement.AttributeTargetNode;
import org.minipy.nodes.statement.AugAssignNode;
import org.minipy.nodes.statement.ClassDefNode;
import org.minipy.nodes.statement.DeleteNode;
import org.minipy.nodes.statement.ExpressionStatementNode;
import org.minipy.nodes.statement.ImportNode;
import org.minipy.nodes.statement.InPlaceOpNode;
import org.minipy.nodes.statement.SubscriptTargetNode;
import org.minipy.nodes.statement.UnpackTargetNode;
import org.minipy.parser.ast.Arguments;
import org.minipy.parser.ast.Expr;
import org.minipy.parser.ast.Pos;
import org.minipy.parser.ast.Stmt;
import org.minipy.runtime.MiniPySyntaxError;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PEllipsis;
import org.minipy.runtime.PNone;
import org.minipy.runtime.Signature;
import org.minipy.runtime.SpecialMethodSlot;

/**
 * Turns the Python AST into Truffle nodes (SimpleLanguage's node factory): resolves each name to a
 * frame slot, a cell or a global using the scope analysis, and gives statements and calls the source
 * ranges that tracebacks print.
 */
public final class AstTranslator {
    private final MiniPyLanguage language;
    private final Source source;
    private final Map<Object, Scope> scopes;
    private final int[] lineStarts;
    private final boolean interactive;
    /**
     * The first display of each set of constants compiled: CPython's compiler merges equal frozenset
     * constants (_PyCompile_ConstCacheMergeOne), so later displays of the same constants get its table order.
     */
    private final Map<Set<Object>, List<Expr>> constantSets = new HashMap<>();
    private FunctionContext fc;

    /** The translation state of one function-like body (module, function, lambda, comprehension, class). */
    private static final class FunctionContext {
        final Scope scope;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
        final Map<String, Integer> slots = new HashMap<>();
        final String qualname;
        /** In a generator: the slot of the generator object and the resume-state slots of its yields and blocks. */
        int generatorSlot = -1;
        final List<Integer> stateSlots = new ArrayList<>();
        /** How many yields were translated so far: a statement whose translation adds some must be resumable. */
        int yields;
        /** While translating an expression with a yield among its operands: the slots that keep the operands. */
        List<Integer> spillSlots;

        FunctionContext(Scope scope, String qualname) {
            this.scope = scope;
            this.qualname = qualname;
        }

        int stateSlot() {
            int slot = frame.addSlot(FrameSlotKind.Int, "<resume state>", null);
            stateSlots.add(slot);
            return slot;
        }

        int slot(String name) {
            return slots.computeIfAbsent(name, n -> frame.addSlot(FrameSlotKind.Object, n, null));
        }

        int hiddenSlot(String what) {
            return frame.addSlot(FrameSlotKind.Object, what, null);
        }
    }

    private AstTranslator(MiniPyLanguage language, Source source, Map<Object, Scope> scopes) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.interactive = source.isInteractive();
        CharSequence text = source.getCharacters();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses and translates a whole source into the root that {@code Context.eval} runs. */
    public static RootNode translateModule(MiniPyLanguage language, Source source) {
        String text = source.getCharacters().toString();
        if (source.isInteractive() && Parser.isIncomplete(text)) {
            // the REPL reads on until the statement is complete (a block ends with an empty line)
            throw new MiniPySyntaxError("SyntaxError: incomplete input", null, true);
        }
        Stmt.Module module;
        Map<Object, Scope> scopes;
        try {
            module = Parser.parse(text, source.getName());
            scopes = ScopeAnalyzer.analyze(module, source.getName(), text);
        } catch (SyntaxErrorException e) {
            throw syntaxError(source, text, e);
        }
        try {
            return new AstTranslator(language, source, scopes).module(module);
        } catch (StackOverflowError e) {
            // the translator's frames are larger than the analyzer's: nesting it accepted can still be too deep here
            throw syntaxError(source, text, ScopeAnalyzer.tooDeep(new SourceText(text, source.getName())));
        }
    }

    private static MiniPySyntaxError syntaxError(Source source, String text, SyntaxErrorException e) {
        boolean incomplete = source.isInteractive() && Parser.isIncomplete(text);
        SourceSection section = null;
        if (e.hasLocation() && e.lineno >= 1 && e.lineno <= source.getLineCount()) {
            int lineStart = source.getLineStartOffset(e.lineno);
            int lineLength = source.getLineLength(e.lineno);
            int start = Math.max(0, Math.min(e.offset - 1, lineLength));
            int end = e.endLineno == e.lineno && e.endOffset > e.offset ? Math.min(e.endOffset - 1, lineLength) : start;
            section = source.createSection(lineStart + start, Math.max(0, end - start));
        }
        return new MiniPySyntaxError(e.kind.pythonName + ": " + e.msg, section, incomplete);
    }

    private RootNode module(Stmt.Module module) {
        fc = new FunctionContext(scopes.get(module), "");
        List<Stmt> body = module.body();
        ExpressionNode result = null;
        if (!interactive && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            result = expr(last.value());
            body = body.subList(0, body.size() - 1);
        }
        StatementNode block = block(body);
        SourceSection all = source.createSection(0, source.getLength());
        ModuleRootNode root = new ModuleRootNode(language, fc.frame.build(), all, block, result);
        return new TopLevelRootNode(language, root.getCallTarget());
    }

    // ---------------------------------------------------------------- positions

    private int charIndex(int line, int col) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return source.getLength();
        }
        return Math.min(lineStarts[line - 1] + col, source.getLength());
    }

    private <T extends PyNode> T at(T node, Pos pos) {
        if (pos != null) {
            int start = charIndex(pos.line(), pos.col());
            int end = Math.max(start, charIndex(pos.endLine(), pos.endCol()));
            node.setSourceSection(start, end - start);
        }
        return node;
    }

    // ---------------------------------------------------------------- statements

    private StatementNode block(List<Stmt> stmts) {
        int yields = fc.yields;
        StatementNode[] nodes = new StatementNode[stmts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = stmt(stmts.get(i));
        }
        if (nodes.length == 1) {
            return nodes[0];
        }
        return fc.yields != yields ? new GeneratorBlockNode(nodes, fc.stateSlot()) : new BlockNode(nodes);
    }

    private StatementNode optionalBlock(List<Stmt> stmts) {
        return stmts.isEmpty() ? null : block(stmts);
    }

    private StatementNode stmt(Stmt s) {
        StatementNode node = at(stmtNode(s), s.pos());
        node.markAsStatement();
        return node;
    }

    private StatementNode stmtNode(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> new ExpressionStatementNode(expr(e.value()), interactive && fc.scope.kind == Scope.Kind.MODULE);
            case Stmt.Assign a -> {
                WriteTargetNode[] targets = new WriteTargetNode[a.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(a.targets().get(i));
                }
                yield new AssignNode(expr(a.value()), targets);
            }
            case Stmt.AnnAssign a -> a.value() == null ? new BlockNode(new StatementNode[0])
                            : new AssignNode(expr(a.value()), new WriteTargetNode[]{target(a.target())});
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.If i -> ifStmt(i);
            case Stmt.While w -> whileStmt(w);
            case Stmt.For f -> forStmt(f);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            case Stmt.Pass p -> new BlockNode(new StatementNode[0]);
            case Stmt.Return r -> new ReturnNode(r.value() == null ? new ConstantNode(PNone.NONE) : expr(r.value()));
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Delete d -> {
                WriteTargetNode[] targets = new WriteTargetNode[d.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(d.targets().get(i));
                }
                yield new DeleteNode(targets);
            }
            case Stmt.Try t -> tryStmt(t);
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
            case Stmt.Assert a -> new AssertNode(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
            case Stmt.With w -> with(w, 0);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> new BlockNode(new StatementNode[0]);
            case Stmt.Nonlocal n -> new BlockNode(new StatementNode[0]);
        };
    }

    private StatementNode augAssign(Stmt.AugAssign a) {
        BinaryOpNode binary = binaryOp(a.op());
        SpecialMethodSlot slot = switch (a.op()) {
            case ADD -> SpecialMethodSlot.ADD;
            case SUB -> SpecialMethodSlot.SUB;
            case MULT -> SpecialMethodSlot.MUL;
            case DIV -> SpecialMethodSlot.TRUEDIV;
            case FLOORDIV -> SpecialMethodSlot.FLOORDIV;
            case MOD -> SpecialMethodSlot.MOD;
            case POW -> SpecialMethodSlot.POW;
            case LSHIFT -> SpecialMethodSlot.LSHIFT;
            case RSHIFT -> SpecialMethodSlot.RSHIFT;
            case BITOR -> SpecialMethodSlot.OR;
            case BITXOR -> SpecialMethodSlot.XOR;
            case BITAND -> SpecialMethodSlot.AND;
            case MATMULT -> SpecialMethodSlot.MATMUL;
        };
        InPlaceOpNode op = InPlaceOpNode.create(binary, slot, a.op().symbol + "=");
        ExpressionNode value = expr(a.value());
        return switch (a.target()) {
            case Expr.Name n -> new AugAssignNode.Name(readName(n.id(), n.pos()), writeName(n.id()), value, op);
            case Expr.Subscript s -> new AugAssignNode.Subscript(expr(s.value()), expr(s.slice()), value, op);
            case Expr.Attribute at -> new AugAssignNode.Attribute(expr(at.value()), at.attr(), value, op);
            default -> throw new IllegalStateException("the parser admits no other augmented assignment target");
        };
    }

    // A compound statement with a yield inside becomes its generator variant, which can resume where the yield left it.

    private StatementNode ifStmt(Stmt.If i) {
        int yields = fc.yields;
        ExpressionNode test = expr(i.test());
        StatementNode then = block(i.body());
        StatementNode orelse = optionalBlock(i.orelse());
        return fc.yields != yields ? new GeneratorIfNode(test, then, orelse, fc.stateSlot()) : new IfNode(test, then, orelse);
    }

    private StatementNode whileStmt(Stmt.While w) {
        int yields = fc.yields;
        ExpressionNode test = expr(w.test());
        StatementNode body = block(w.body());
        StatementNode orelse = optionalBlock(w.orelse());
        return fc.yields != yields ? new GeneratorWhileNode(test, body, orelse, fc.stateSlot()) : new WhileNode(test, body, orelse);
    }

    private StatementNode forStmt(Stmt.For f) {
        int yields = fc.yields;
        ExpressionNode iterable = expr(f.iter());
        WriteTargetNode target = target(f.target());
        StatementNode body = block(f.body());
        StatementNode orelse = optionalBlock(f.orelse());
        if (fc.yields != yields) {
            return new GeneratorForNode(iterable, target, body, orelse, fc.hiddenSlot("<for iterator>"), fc.stateSlot());
        }
        return new ForNode(iterable, target, body, orelse, fc.hiddenSlot("<for iterator>"), fc.hiddenSlot("<for index>"));
    }

    private StatementNode tryStmt(Stmt.Try t) {
        int yields = fc.yields;
        ExceptHandlerNode[] handlers = new ExceptHandlerNode[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            Stmt.ExceptHandler h = t.handlers().get(i);
            handlers[i] = at(new ExceptHandlerNode(h.type() == null ? null : expr(h.type()), h.name() == null ? null : writeName(h.name()),
                            block(h.body())), h.pos());
        }
        StatementNode body = block(t.body());
        StatementNode orelse = optionalBlock(t.orelse());
        StatementNode finalbody = optionalBlock(t.finalbody());
        if (fc.yields != yields) {
            return new GeneratorTryNode(body, handlers, orelse, finalbody, fc.stateSlot(), fc.hiddenSlot("<try saved>"));
        }
        return new TryNode(body, handlers, orelse, finalbody);
    }

    private StatementNode with(Stmt.With w, int item) {
        int yields = fc.yields;
        Stmt.WithItem wi = w.items().get(item);
        StatementNode body = item == w.items().size() - 1 ? block(w.body()) : with(w, item + 1);
        ExpressionNode manager = expr(wi.contextExpr());
        WriteTargetNode target = wi.optionalVars() == null ? null : target(wi.optionalVars());
        if (fc.yields != yields) {
            return at(new GeneratorWithNode(manager, target, body, fc.stateSlot(), fc.hiddenSlot("<with manager>"), fc.hiddenSlot("<with exit>")), w.pos());
        }
        return at(new WithNode(manager, target, body), w.pos());
    }

    private StatementNode importStmt(Stmt.Import i) {
        List<StatementNode> nodes = new ArrayList<>();
        for (Stmt.Alias alias : i.names()) {
            String top = alias.name().contains(".") ? alias.name().substring(0, alias.name().indexOf('.')) : alias.name();
            ExpressionNode module = at(new ImportNode(alias.asname() != null ? alias.name() : top), alias.pos());
            nodes.add(new AssignNode(module, new WriteTargetNode[]{writeName(alias.asname() != null ? alias.asname() : top)}));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StatementNode[0]));
    }

    private StatementNode importFrom(Stmt.ImportFrom i) {
        List<StatementNode> nodes = new ArrayList<>();
        for (Stmt.Alias alias : i.names()) {
            ExpressionNode value = at(new ImportNode.ImportFromNode(new ImportNode(i.module()), alias.name()), alias.pos());
            nodes.add(new AssignNode(value, new WriteTargetNode[]{writeName(alias.asname() != null ? alias.asname() : alias.name())}));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new StatementNode[0]));
    }

    // ---------------------------------------------------------------- functions

    private StatementNode functionDef(Stmt.FunctionDef f) {
        ExpressionNode function = makeFunction(f, f.name(), f.args(), f.body(), null);
        for (int i = f.decorators().size() - 1; i >= 0; i--) {
            function = call(expr(f.decorators().get(i)), new ExpressionNode[]{function});
        }
        return new AssignNode(function, new WriteTargetNode[]{writeName(f.name())});
    }

    private ExpressionNode call(ExpressionNode callee, ExpressionNode[] args) {
        return new CallNode(callee, args, new boolean[args.length], new String[0], new ExpressionNode[0]);
    }

    /** A function object for a def, a lambda (bodyExpr set) or a comprehension. */
    private ExpressionNode makeFunction(Object astNode, String name, Arguments args, List<Stmt> body, Expr bodyExpr) {
        Scope scope = scopes.get(astNode);
        String qualname = qualname(name);
        // defaults are evaluated in the enclosing scope
        ExpressionNode[] defaults = exprs(args.defaults());
        ExpressionNode[] kwDefaults = new ExpressionNode[args.kwonlyargs().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            kwDefaults[i] = d == null ? null : expr(d);
        }
        FunctionContext outer = fc;
        fc = new FunctionContext(scope, qualname);
        try {
            List<String> positional = new ArrayList<>();
            List<String> kwOnly = new ArrayList<>();
            for (Arguments.Arg a : args.args()) {
                positional.add(a.name());
            }
            for (Arguments.Arg a : args.kwonlyargs()) {
                kwOnly.add(a.name());
            }
            Signature signature = new Signature(name, positional.toArray(new String[0]), args.positionalOnly(), kwOnly.toArray(new String[0]),
                            args.vararg() == null ? null : args.vararg().name(), args.kwarg() == null ? null : args.kwarg().name());
            List<String> bound = new ArrayList<>(positional);
            bound.addAll(kwOnly);
            if (args.vararg() != null) {
                bound.add(args.vararg().name());
            }
            if (args.kwarg() != null) {
                bound.add(args.kwarg().name());
            }
            int[] parameterSlots = new int[bound.size()];
            for (int i = 0; i < parameterSlots.length; i++) {
                parameterSlots[i] = fc.slot(bound.get(i));
            }
            int[] cellSlots = slotsOf(scope.cellVars);
            int[] freeSlots = slotsOf(scope.freeVars);
            if (scope.isGenerator) {
                fc.generatorSlot = fc.hiddenSlot("<generator>");
            }
            StatementNode bodyNode;
            if (bodyExpr != null) {
                bodyNode = at(new ReturnNode(expr(bodyExpr)), bodyExpr.pos());
            } else {
                bodyNode = block(body);
            }
            Pos pos = positionOf(astNode);
            SourceSection section = pos == null ? source.createUnavailableSection()
                            : source.createSection(charIndex(pos.line(), pos.col()),
                                            Math.max(0, charIndex(pos.endLine(), pos.endCol()) - charIndex(pos.line(), pos.col())));
            if (scope.isGenerator) {
                bodyNode = generatorFunctionBody(name, section, bodyNode);
            }
            FunctionRootNode root = new FunctionRootNode(language, fc.frame.build(), section, name, bodyNode, signature, parameterSlots, cellSlots,
                            freeSlots);
            fc = outer;
            int[] closureSlots = new int[scope.freeVars.size()];
            for (int i = 0; i < closureSlots.length; i++) {
                closureSlots[i] = fc.slot(scope.freeVars.get(i));
            }
            return new FunctionDefNode(name, qualname, root.getCallTarget(), signature, defaults, kwDefaults, closureSlots);
        } finally {
            fc = outer;
        }
    }

    private int[] slotsOf(List<String> names) {
        int[] slots = new int[names.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = fc.slot(names.get(i));
        }
        return slots;
    }

    private String qualname(String name) {
        if (fc.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (fc.scope.kind == Scope.Kind.CLASS) {
            return fc.qualname + "." + name;
        }
        return fc.qualname + ".<locals>." + name;
    }

    private static Pos positionOf(Object astNode) {
        if (astNode instanceof Stmt s) {
            return s.pos();
        } else if (astNode instanceof Expr e) {
            return e.pos();
        }
        return null;
    }

    private StatementNode classDef(Stmt.ClassDef c) {
        Scope scope = scopes.get(c);
        ExpressionNode[] bases = exprs(c.bases());
        FunctionContext outer = fc;
        fc = new FunctionContext(scope, qualname(c.name()));
        ClassDefNode.Body body;
        try {
            StatementNode block = block(c.body());
            int classSlot = fc.slot("__class__");
            body = new ClassDefNode.Body(language, fc.frame.build(), source.createSection(charIndex(c.pos().line(), c.pos().col()), 0), c.name(),
                            block, classSlot, slotsOf(scope.freeVars));
        } finally {
            fc = outer;
        }
        int[] closureSlots = new int[scope.freeVars.size()];
        for (int i = 0; i < closureSlots.length; i++) {
            closureSlots[i] = fc.slot(scope.freeVars.get(i));
        }
        ExpressionNode cls = new ClassDefNode(c.name(), fc.scope.kind == Scope.Kind.MODULE ? c.name() : qualname(c.name()), bases, body.getCallTarget(),
                        closureSlots);
        for (int i = c.decorators().size() - 1; i >= 0; i--) {
            cls = call(expr(c.decorators().get(i)), new ExpressionNode[]{cls});
        }
        return new AssignNode(cls, new WriteTargetNode[]{writeName(c.name())});
    }

    // ---------------------------------------------------------------- names

    private ExpressionNode readName(String name, Pos pos) {
        Scope.Binding binding = fc.scope.lookup(name);
        ExpressionNode node = switch (binding) {
            case LOCAL -> new ReadLocalNode(fc.slot(name), name);
            case CELL -> new ReadCellNode(fc.slot(name), name, false);
            case FREE -> fc.scope.kind == Scope.Kind.CLASS ? ClassDefNode.readClassFree(name, fc.slot(name)) : new ReadCellNode(fc.slot(name), name, true);
            case CLASS_LOCAL -> ClassDefNode.readClassLocal(name);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> fc.scope.kind == Scope.Kind.CLASS ? ClassDefNode.readClassLocal(name) : ReadGlobalNode.create(name);
        };
        return at(node, pos);
    }

    private WriteTargetNode writeName(String name) {
        Scope.Binding binding = fc.scope.lookup(name);
        return switch (binding) {
            case LOCAL -> new WriteLocalNode(fc.slot(name), name);
            case CELL, FREE -> new WriteCellNode(fc.slot(name));
            case CLASS_LOCAL -> ClassDefNode.writeClassLocal(name);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> WriteGlobalNode.create(name);
        };
    }

    private WriteTargetNode target(Expr e) {
        WriteTargetNode node = switch (e) {
            case Expr.Name n -> writeName(n.id());
            case Expr.Attribute a -> new AttributeTargetNode(expr(a.value()), a.attr());
            case Expr.Subscript s -> new SubscriptTargetNode(expr(s.value()), expr(s.slice()));
            case Expr.TupleExpr t -> unpackTarget(t.elts());
            case Expr.ListExpr l -> unpackTarget(l.elts());
            case Expr.Starred s -> target(s.value());
            default -> throw new IllegalStateException("the parser admits no other assignment target: " + e);
        };
        return at(node, e.pos());
    }

    private WriteTargetNode unpackTarget(List<Expr> elts) {
        WriteTargetNode[] targets = new WriteTargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return new UnpackTargetNode(targets, star);
    }

    // ---------------------------------------------------------------- expressions

    private ExpressionNode[] exprs(List<Expr> list) {
        ExpressionNode[] nodes = new ExpressionNode[list.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expr(list.get(i));
        }
        return nodes;
    }

    private ExpressionNode expr(Expr e) {
        if (fc.generatorSlot >= 0 && fc.spillSlots == null && !(e instanceof Expr.Yield || e instanceof Expr.YieldFrom)) {
            int yields = fc.yields;
            ExpressionNode plain = at(exprNode(e), e.pos());
            if (fc.yields == yields) {
                return plain;
            }
            // a yield among the operands: translated again with the operands kept across the yield
            fc.spillSlots = new ArrayList<>();
            try {
                ExpressionNode spilled = at(exprNode(e), e.pos());
                return fc.spillSlots.isEmpty() ? spilled : new SpillScopeNode(spilled, fc.spillSlots.stream().mapToInt(Integer::intValue).toArray());
            } finally {
                fc.spillSlots = null;
            }
        }
        ExpressionNode node = at(exprNode(e), e.pos());
        if (fc.spillSlots != null && !(e instanceof Expr.Constant)) {
            int slot = fc.hiddenSlot("<operand>");
            fc.spillSlots.add(slot);
            return new SpillNode(node, slot);
        }
        return node;
    }

    private ExpressionNode exprNode(Expr e) {
        return switch (e) {
            case Expr.Constant c -> new ConstantNode(constant(c.value()));
            case Expr.Name n -> readName(n.id(), n.pos());
            case Expr.BinOp b -> new BinaryExpressionNode(expr(b.left()), expr(b.right()), binaryOp(b.op()));
            case Expr.UnaryOp u -> switch (u.op()) {
                case NOT -> new NotNode(expr(u.operand()));
                case USUB -> UnaryOpNode.create(UnaryOpNode.Kind.NEG, expr(u.operand()));
                case UADD -> UnaryOpNode.create(UnaryOpNode.Kind.POS, expr(u.operand()));
                case INVERT -> UnaryOpNode.create(UnaryOpNode.Kind.INVERT, expr(u.operand()));
            };
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new ConditionalNode(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Call c -> callExpr(c);
            case Expr.Attribute a -> new AttributeNode(expr(a.value()), a.attr());
            case Expr.Subscript s -> new SubscriptNode(expr(s.value()), expr(s.slice()));
            case Expr.Slice s -> new SliceLiteralNode(optional(s.lower()), optional(s.upper()), optional(s.step()));
            case Expr.ListExpr l -> display(l.elts(), true);
            case Expr.TupleExpr t -> display(t.elts(), false);
            case Expr.DictExpr d -> {
                ExpressionNode[] keys = new ExpressionNode[d.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
                }
                yield new DictDisplayNode(keys, exprs(d.values()));
            }
            case Expr.SetExpr s -> setDisplay(s);
            case Expr.Lambda l -> makeFunction(l, "<lambda>", l.args(), null, l.body());
            case Expr.ListComp c -> comprehension(c, c.generators(), ComprehensionNodes.Kind.LIST, c.elt(), null);
            case Expr.SetComp c -> comprehension(c, c.generators(), ComprehensionNodes.Kind.SET, c.elt(), null);
            case Expr.DictComp c -> comprehension(c, c.generators(), ComprehensionNodes.Kind.DICT, c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), null, c.elt(), null);
            case Expr.JoinedStr j -> {
                ExpressionNode[] parts = exprs(j.values());
                yield parts.length == 1 && j.values().get(0) instanceof Expr.Constant ? parts[0] : new JoinedStringNode(parts);
            }
            case Expr.FormattedValue f -> new FormatValueNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()));
            case Expr.Starred s -> throw new IllegalStateException("the parser admits starred expressions only in displays, calls and targets");
            case Expr.NamedExpr n -> {
                ExpressionNode value = expr(n.value());
                yield new ComprehensionNodes.NamedExprNode(value, target(n.target()));
            }
            case Expr.Yield y -> {
                ExpressionNode value = y.value() == null ? null : expr(y.value());
                fc.yields++;
                yield new YieldNode(value, fc.stateSlot(), fc.generatorSlot);
            }
            case Expr.YieldFrom y -> {
                ExpressionNode iterable = expr(y.value());
                fc.yields++;
                yield new YieldFromNode(iterable, fc.stateSlot(), fc.hiddenSlot("<yield from delegate>"), fc.generatorSlot);
            }
        };
    }

    private ExpressionNode optional(Expr e) {
        return e == null ? new ConstantNode(PNone.NONE) : expr(e);
    }

    private static Object constant(Object value) {
        if (value instanceof Expr.NoneValue) {
            return PNone.NONE;
        } else if (value instanceof Expr.EllipsisValue) {
            return PEllipsis.INSTANCE;
        } else if (value instanceof byte[] bytes) {
            return new PBytes(bytes);
        } else if (value instanceof java.math.BigInteger big) {
            return org.minipy.runtime.PInt.normalize(big);
        }
        return value;
    }

    private ExpressionNode display(List<Expr> elts, boolean isList) {
        ExpressionNode[] nodes = new ExpressionNode[elts.size()];
        boolean[] starred = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred s) {
                starred[i] = true;
                nodes[i] = expr(s.value());
            } else {
                nodes[i] = expr(el);
            }
        }
        return new CollectionDisplayNode(nodes, starred, isList);
    }

    private ExpressionNode boolOp(Expr.BoolOp b) {
        return boolOp(b.op() == Expr.BoolOperator.AND, b.values(), 0, b.values().size());
    }

    /**
     * {@code values[from:to]} joined by 'and' or 'or' as a balanced tree: both operators are associative, and a
     * chain of thousands of operands must not nest thousands of nodes deep.
     */
    private ExpressionNode boolOp(boolean and, List<Expr> values, int from, int to) {
        if (to - from == 1) {
            return expr(values.get(from));
        }
        int middle = (from + to) >>> 1;
        ExpressionNode left = boolOp(and, values, from, middle);
        ExpressionNode right = boolOp(and, values, middle, to);
        return and ? new AndNode(left, right) : new OrNode(left, right);
    }

    private ExpressionNode compare(Expr.Compare c) {
        ExpressionNode[] operands = new ExpressionNode[c.comparators().size() + 1];
        operands[0] = expr(c.left());
        for (int i = 0; i < c.comparators().size(); i++) {
            operands[i + 1] = expr(c.comparators().get(i));
        }
        BinaryOpNode[] ops = new BinaryOpNode[c.ops().size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = switch (c.ops().get(i)) {
                case EQ -> RichCompareNode.create(CompareOp.EQ);
                case NOT_EQ -> RichCompareNode.create(CompareOp.NE);
                case LT -> RichCompareNode.create(CompareOp.LT);
                case LT_E -> RichCompareNode.create(CompareOp.LE);
                case GT -> RichCompareNode.create(CompareOp.GT);
                case GT_E -> RichCompareNode.create(CompareOp.GE);
                case IS -> IsNode.create(false);
                case IS_NOT -> IsNode.create(true);
                case IN -> ContainsNode.create(false);
                case NOT_IN -> ContainsNode.create(true);
            };
        }
        if (ops.length == 1) {
            return new BinaryExpressionNode(operands[0], operands[1], ops[0]);
        }
        return new CompareChainNode(operands, ops);
    }

    private ExpressionNode setDisplay(Expr.SetExpr s) {
        if (s.elts().size() <= 2 || !s.elts().stream().allMatch(AstTranslator::isFoldedConstant)) {
            return new SetDisplayNode(display(s.elts(), false), false);
        }
        Set<Object> key = new HashSet<>();
        for (Expr e : s.elts()) {
            key.add(constantKey(e));
        }
        return new SetDisplayNode(display(constantSets.computeIfAbsent(key, k -> s.elts()), false), true);
    }

    /** Equal for constants that _PyCode_ConstantKey makes equal: the same type and value. */
    private static Object constantKey(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof byte[] b ? List.of("bytes", Arrays.toString(b)) : List.of(c.value().getClass().getName(), c.value());
            case Expr.UnaryOp u -> List.of(u.op().name(), constantKey(u.operand()));
            case Expr.TupleExpr t -> t.elts().stream().map(AstTranslator::constantKey).toList();
            default -> throw new IllegalStateException("not a folded constant");
        };
    }

    /** Whether CPython's AST optimizer turns the expression into a constant (a literal, a signed number, a tuple of such). */
    private static boolean isFoldedConstant(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.UnaryOp u -> u.op() != Expr.UnaryOperator.NOT && u.operand() instanceof Expr.Constant c && !(c.value() instanceof String);
            case Expr.TupleExpr t -> t.elts().stream().allMatch(AstTranslator::isFoldedConstant);
            default -> false;
        };
    }

    private static BinaryOpNode binaryOp(Expr.Operator op) {
        return switch (op) {
            case ADD -> AddNode.create();
            case SUB -> SubNode.create();
            case MULT -> MulNode.create();
            case DIV -> TrueDivNode.create();
            case FLOORDIV -> FloorDivNode.create();
            case MOD -> ModNode.create();
            case POW -> PowNode.create();
            case LSHIFT -> LShiftNode.create();
            case RSHIFT -> RShiftNode.create();
            case BITAND -> BitAndNode.create();
            case BITOR -> BitOrNode.create();
            case BITXOR -> BitXorNode.create();
            case MATMULT -> MatMulNode.create();
        };
    }

    private ExpressionNode callExpr(Expr.Call c) {
        if (c.func() instanceof Expr.Attribute method && isSimpleCall(c)) {
            return methodCall(method, c);
        }
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()) {
            return superCall(n);
        }
        ExpressionNode function = expr(c.func());
        ExpressionNode[] args = new ExpressionNode[c.args().size()];
        boolean[] starred = new boolean[args.length];
        for (int i = 0; i < args.length; i++) {
            Expr a = c.args().get(i);
            if (a instanceof Expr.Starred s) {
                starred[i] = true;
                args[i] = expr(s.value());
            } else {
                args[i] = expr(a);
            }
        }
        String[] names = new String[c.keywords().size()];
        ExpressionNode[] values = new ExpressionNode[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = c.keywords().get(i).arg();
            values[i] = expr(c.keywords().get(i).value());
        }
        return new CallNode(function, args, starred, names, values);
    }

    /**
     * {@code super()}: what super_init_without_args finds in the frame, the {@code __class__} cell (which the
     * scope analysis makes free in functions that name super) and the first positional parameter.
     */
    private ExpressionNode superCall(Expr.Name name) {
        Scope scope = fc.scope;
        Scope owner = scope.superArgumentScope();
        boolean hasFirstArgument = owner.isFunctionLike() && owner.argCount > 0;
        ExpressionNode firstArgument = hasFirstArgument ? readName(owner.params.get(0), name.pos()) : null;
        ExpressionNode classCell = scope.isFunctionLike() && scope.lookup("__class__") == Scope.Binding.FREE ? readName("__class__", name.pos()) : null;
        return at(new SuperCallNode(readName("super", name.pos()), classCell, firstArgument), name.pos());
    }

    /** A call without {@code *args} or {@code **kwargs}. */
    private static boolean isSimpleCall(Expr.Call c) {
        return c.args().stream().noneMatch(a -> a instanceof Expr.Starred) && c.keywords().stream().allMatch(k -> k.arg() != null);
    }

    /** {@code obj.name(...)}: the receiver is evaluated before the method is looked up, then the arguments. */
    private ExpressionNode methodCall(Expr.Attribute method, Expr.Call c) {
        ExpressionNode receiver = expr(method.value());
        ExpressionNode[] args = new ExpressionNode[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = expr(c.args().get(i));
        }
        String[] names = new String[c.keywords().size()];
        ExpressionNode[] values = new ExpressionNode[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = c.keywords().get(i).arg();
            values[i] = expr(c.keywords().get(i).value());
        }
        return new CallMethodNode(receiver, method.attr(), args, names, values);
    }

    /** Runs the nested loops to completion, collecting into a list, set or dict. */
    private StatementNode comprehensionBody(List<Expr.Comprehension> generators, ComprehensionNodes.Kind kind, Expr elt, Expr value, int iteratorParam) {
        int resultSlot = fc.hiddenSlot("<comprehension result>");
        StatementNode inner = new ComprehensionNodes.AppendNode(resultSlot, expr(elt), value == null ? null : expr(value), kind);
        for (int g = generators.size() - 1; g >= 0; g--) {
            Expr.Comprehension gen = generators.get(g);
            for (int k = gen.ifs().size() - 1; k >= 0; k--) {
                inner = new IfNode(expr(gen.ifs().get(k)), inner, null);
            }
            ExpressionNode iterable = g == 0 ? new ReadLocalNode(iteratorParam, ".0") : expr(gen.iter());
            inner = new ForNode(iterable, target(gen.target()), inner, null, fc.hiddenSlot("<for iterator>"), fc.hiddenSlot("<for index>"));
        }
        return new ComprehensionNodes.ComprehensionBodyNode(resultSlot, inner, kind);
    }

    /**
     * A generator function's body as its call runs it: it makes the generator, whose steps run the body (in
     * {@code resumable}) on the call's frame.
     */
    private StatementNode generatorFunctionBody(String name, SourceSection section, StatementNode resumable) {
        GeneratorRootNode resume = new GeneratorRootNode(language, section, name, resumable);
        int[] stateSlots = fc.stateSlots.stream().mapToInt(Integer::intValue).toArray();
        return new CreateGeneratorNode(resume.getCallTarget(), fc.generatorSlot, stateSlots);
    }

    /** A generator expression is a generator function: its nested for and if clauses yield the element. */
    private StatementNode generatorExpressionBody(String name, SourceSection section, List<Expr.Comprehension> generators, Expr elt, int iteratorParam) {
        fc.generatorSlot = fc.hiddenSlot("<generator>");
        ExpressionNode element = expr(elt);
        fc.yields++;
        StatementNode inner = at(new ExpressionStatementNode(new YieldNode(element, fc.stateSlot(), fc.generatorSlot), false), elt.pos());
        for (int g = generators.size() - 1; g >= 0; g--) {
            Expr.Comprehension gen = generators.get(g);
            for (int k = gen.ifs().size() - 1; k >= 0; k--) {
                inner = new GeneratorIfNode(expr(gen.ifs().get(k)), inner, null, fc.stateSlot());
            }
            ExpressionNode iterable = g == 0 ? new ReadLocalNode(iteratorParam, ".0") : expr(gen.iter());
            inner = new GeneratorForNode(iterable, target(gen.target()), inner, null, fc.hiddenSlot("<for iterator>"), fc.stateSlot());
        }
        return generatorFunctionBody(name, section, inner);
    }

    /**
     * A comprehension is a nested function called at once with the iterator of its outermost
     * iterable, which is evaluated in the enclosing scope (as CPython up to 3.11 compiles it).
     */
    private ExpressionNode comprehension(Expr node, List<Expr.Comprehension> generators, ComprehensionNodes.Kind kind, Expr elt, Expr value) {
        Scope scope = scopes.get(node);
        ExpressionNode outerIterable = expr(generators.get(0).iter());
        FunctionContext outer = fc;
        fc = new FunctionContext(scope, qualname(scope.name));
        FunctionDefNode function;
        try {
            int iteratorParam = fc.slot(".0");
            Pos pos = node.pos();
            SourceSection section = source.createSection(charIndex(pos.line(), pos.col()),
                            Math.max(0, charIndex(pos.endLine(), pos.endCol()) - charIndex(pos.line(), pos.col())));
            StatementNode body = kind == null ? generatorExpressionBody(scope.name, section, generators, elt, iteratorParam)
                            : comprehensionBody(generators, kind, elt, value, iteratorParam);
            int[] cellSlots = slotsOf(scope.cellVars);
            int[] freeSlots = slotsOf(scope.freeVars);
            Signature signature = new Signature(scope.name, new String[]{".0"}, 1, new String[0], null, null);
            FunctionRootNode root = new FunctionRootNode(language, fc.frame.build(), section, scope.name, body, signature, new int[]{iteratorParam},
                            cellSlots, freeSlots);
            fc = outer;
            int[] closureSlots = new int[scope.freeVars.size()];
            for (int i = 0; i < closureSlots.length; i++) {
                closureSlots[i] = fc.slot(scope.freeVars.get(i));
            }
            function = new FunctionDefNode(scope.name, qualname(scope.name), root.getCallTarget(), signature, new ExpressionNode[0], new ExpressionNode[0],
                            closureSlots);
        } finally {
            fc = outer;
        }
        return new CallNode(function, new ExpressionNode[]{new ComprehensionNodes.GetIterExpressionNode(outerIterable)}, new boolean[1], new String[0],
                        new ExpressionNode[0]);
    }
}
