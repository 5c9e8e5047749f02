package org.minipy.parser;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minipy.parser.Scope.Binding;
import org.minipy.parser.ast.Arguments;
import org.minipy.parser.ast.Expr;
import org.minipy.parser.ast.Pos;
import org.minipy.parser.ast.Stmt;

/**
 * CPython's Python/symtable.c for minipy's AST: a first walk records how each scope uses each
 * name, then analyze_block decides locals, cells, frees and globals. Comprehensions get their own
 * scopes, as before CPython 3.12. The walk also finds the errors CPython's compiler reports
 * ("'return' outside function", "'break' outside loop", starred misuse, repeated keywords); those
 * are raised only if the symbol table itself is fine, as in CPython where they come later.
 */
public final class ScopeAnalyzer {

    private static final int DEF_GLOBAL = 1;
    private static final int DEF_LOCAL = 2;
    private static final int DEF_PARAM = 4;
    private static final int DEF_NONLOCAL = 8;
    private static final int USE = 16;
    private static final int DEF_COMP_ITER = 32;
    private static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM;

    private final SourceText src;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    /** Where each scope's first global or nonlocal statement for a name stands, for errors found later. */
    private final Map<Scope, Map<String, Pos>> directives = new IdentityHashMap<>();
    private Scope cur;
    /** Whether break and continue are allowed here: inside a loop body of the current code unit. */
    private boolean inLoop;
    /** CPython 3.13's Py_C_RECURSION_LIMIT, which bounds the nesting its symtable pass accepts. */
    private static final int MAX_DEPTH = 10000;
    private int depth;
    private SyntaxErrorException compileError;

    private ScopeAnalyzer(SourceText src) {
        this.src = src;
    }

    /** Analyzes a module; errors carry no file name or source text. */
    public static Map<Object, Scope> analyze(Stmt.Module m) {
        return analyze(m, null, "");
    }

    /**
     * Analyzes a module parsed from source; the result maps the Module record and every FunctionDef,
     * Lambda, ClassDef and comprehension record to its scope.
     */
    public static Map<Object, Scope> analyze(Stmt.Module m, String filename, String source) {
        ScopeAnalyzer a = new ScopeAnalyzer(new SourceText(source, filename));
        Scope module = new Scope(Scope.Kind.MODULE, "<module>", null);
        a.scopes.put(m, module);
        a.cur = module;
        try {
            a.visitBody(m.body());
            a.analyzeBlock(module, null, new HashSet<>(), new HashSet<>());
        } catch (StackOverflowError e) {
            throw tooDeep(a.src);
        }
        if (a.compileError != null) {
            throw a.compileError;
        }
        return a.scopes;
    }

    /** CPython's symtable and compiler raise RecursionError with this message for such deeply nested code. */
    static SyntaxErrorException tooDeep(SourceText src) {
        return src.error(SyntaxErrorException.Kind.RECURSION, "maximum recursion depth exceeded during compilation", 1, 1, 1, 1);
    }

    private SyntaxErrorException error(Pos pos, String msg) {
        return src.error(msg, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1);
    }

    private void compileError(Pos pos, String msg) {
        if (compileError == null) {
            compileError = error(pos, msg);
        }
    }

    private int flagsOf(Scope s, String name) {
        return s.flags.getOrDefault(name, 0);
    }

    private void addDef(String name, int flag) {
        addDef(cur, name, flag);
    }

    private static void addDef(Scope s, String name, int flag) {
        s.flags.merge(name, flag, (a, b) -> a | b);
    }

    // ---- the walk

    private void visitBody(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    /** Each statement and expression is a level of CPython's symtable recursion, limited to C_RECURSION_LIMIT. */
    private void visit(Stmt s) {
        if (++depth > MAX_DEPTH) {
            throw tooDeep(src);
        }
        visitStatement(s);
        depth--;
    }

    private void visit(Expr e) {
        if (++depth > MAX_DEPTH) {
            throw tooDeep(src);
        }
        visitExpression(e);
        depth--;
    }

    private void visitStatement(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), DEF_LOCAL);
                visitDefaults(f.args());
                visitAll(f.decorators());
                Scope scope = enter(f, Scope.Kind.FUNCTION, f.name());
                boolean savedLoop = inLoop;
                inLoop = false;
                declareParams(f.args());
                visitBody(f.body());
                inLoop = savedLoop;
                cur = scope.parent;
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL);
                visitAll(c.bases());
                visitKeywords(c.keywords());
                visitAll(c.decorators());
                Scope scope = enter(c, Scope.Kind.CLASS, c.name());
                boolean savedLoop = inLoop;
                inLoop = false;
                visitBody(c.body());
                inLoop = savedLoop;
                cur = scope.parent;
            }
            case Stmt.Return r -> {
                if (!cur.isFunctionLike()) {
                    compileError(r.pos(), "'return' outside function");
                }
                visitOpt(r.value());
            }
            case Stmt.Delete d -> visitAll(d.targets());
            case Stmt.Assign a -> {
                visit(a.value());
                for (Expr t : a.targets()) {
                    visitTarget(t);
                }
            }
            case Stmt.AugAssign a -> {
                visit(a.value());
                visitTarget(a.target());
            }
            case Stmt.AnnAssign a -> {
                visitOpt(a.value());
                visit(a.annotation());
                visitTarget(a.target());
            }
            case Stmt.For f -> {
                visit(f.iter());
                visitTarget(f.target());
                loopBody(f.body());
                visitBody(f.orelse());
            }
            case Stmt.While w -> {
                visit(w.test());
                loopBody(w.body());
                visitBody(w.orelse());
            }
            case Stmt.If i -> {
                visit(i.test());
                visitBody(i.body());
                visitBody(i.orelse());
            }
            case Stmt.With w -> {
                for (Stmt.WithItem item : w.items()) {
                    visit(item.contextExpr());
                    if (item.optionalVars() != null) {
                        visitTarget(item.optionalVars());
                    }
                }
                visitBody(w.body());
            }
            case Stmt.Raise r -> {
                visitOpt(r.exc());
                visitOpt(r.cause());
            }
            case Stmt.Try t -> {
                visitBody(t.body());
                for (int i = 0; i < t.handlers().size(); i++) {
                    Stmt.ExceptHandler h = t.handlers().get(i);
                    if (h.type() == null && i < t.handlers().size() - 1) {
                        compileError(h.pos(), "default 'except:' must be last");
                    }
                    visitOpt(h.type());
                    if (h.name() != null) {
                        addDef(h.name(), DEF_LOCAL);
                    }
                    visitBody(h.body());
                }
                visitBody(t.orelse());
                visitBody(t.finalbody());
            }
            case Stmt.Assert a -> {
                visit(a.test());
                visitOpt(a.msg());
            }
            case Stmt.Import i -> {
                for (Stmt.Alias alias : i.names()) {
                    String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.", 2)[0];
                    addDef(bound, DEF_LOCAL);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Stmt.Alias alias : i.names()) {
                    if (alias.name().equals("*")) {
                        if (cur.kind != Scope.Kind.MODULE) {
                            throw error(alias.pos(), "import * only allowed at module level");
                        }
                    } else {
                        addDef(alias.asname() != null ? alias.asname() : alias.name(), DEF_LOCAL);
                    }
                }
            }
            case Stmt.Global g -> declare(g.pos(), g.names(), true);
            case Stmt.Nonlocal n -> declare(n.pos(), n.names(), false);
            case Stmt.ExprStmt e -> visit(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> {
                if (!inLoop) {
                    compileError(b.pos(), "'break' outside loop");
                }
            }
            case Stmt.Continue c -> {
                if (!inLoop) {
                    compileError(c.pos(), "'continue' not properly in loop");
                }
            }
        }
    }

    private void loopBody(List<Stmt> body) {
        boolean saved = inLoop;
        inLoop = true;
        visitBody(body);
        inLoop = saved;
    }

    /** symtable_visit_stmt for Global_kind and Nonlocal_kind. */
    private void declare(Pos pos, List<String> names, boolean global) {
        for (String name : names) {
            int f = flagsOf(cur, name);
            if ((f & (DEF_PARAM | DEF_LOCAL | USE)) != 0) {
                String what = global ? "global" : "nonlocal";
                String msg;
                if ((f & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((f & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(pos, msg);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL);
            directives.computeIfAbsent(cur, k -> new LinkedHashMap<>()).putIfAbsent(name, pos);
        }
    }

    private Scope enter(Object node, Scope.Kind kind, String name) {
        Scope scope = new Scope(kind, name, cur);
        scopes.put(node, scope);
        cur = scope;
        return scope;
    }

    private void visitDefaults(Arguments args) {
        visitAll(args.defaults());
        for (Expr e : args.kwDefaults()) {
            visitOpt(e);
        }
    }

    private void declareParams(Arguments args) {
        for (Arguments.Arg a : args.args()) {
            param(a);
        }
        for (Arguments.Arg a : args.kwonlyargs()) {
            param(a);
        }
        if (args.vararg() != null) {
            param(args.vararg());
        }
        if (args.kwarg() != null) {
            param(args.kwarg());
        }
        cur.argCount = args.args().size();
        cur.kwOnlyCount = args.kwonlyargs().size();
        cur.hasVararg = args.vararg() != null;
        cur.hasKwarg = args.kwarg() != null;
    }

    private void param(Arguments.Arg a) {
        if ((flagsOf(cur, a.name()) & DEF_PARAM) != 0) {
            throw error(a.pos(), "duplicate argument '" + a.name() + "' in function definition");
        }
        addDef(a.name(), DEF_PARAM);
        cur.params.add(a.name());
    }

    private void visitAll(List<Expr> exprs) {
        for (Expr e : exprs) {
            visit(e);
        }
    }

    private void visitOpt(Expr e) {
        if (e != null) {
            visit(e);
        }
    }

    private void visitKeywords(List<Expr.Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Expr.Keyword k : keywords) {
            if (k.arg() != null && !seen.add(k.arg())) {
                compileError(k.pos(), "keyword argument repeated: " + k.arg());
            }
            visit(k.value());
        }
    }

    /** Elements of a display or call, where a starred expression is allowed. */
    private void visitElements(List<Expr> elts) {
        for (Expr e : elts) {
            visit(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    /** An assignment target: a single starred name, or two starred ones in one tuple, are compile errors. */
    private void visitTarget(Expr t) {
        if (t instanceof Expr.TupleExpr || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.TupleExpr tu ? tu.elts() : ((Expr.ListExpr) t).elts();
            boolean starred = false;
            for (Expr e : elts) {
                if (e instanceof Expr.Starred s) {
                    if (starred) {
                        compileError(t.pos(), "multiple starred expressions in assignment");
                    }
                    starred = true;
                    visitTarget(s.value());
                } else {
                    visitTarget(e);
                }
            }
            return;
        }
        visit(t);
    }

    private void visitExpression(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == Expr.Ctx.LOAD ? USE : DEF_LOCAL);
                if (n.ctx() == Expr.Ctx.LOAD && cur.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", USE);
                    Scope owner = cur.superArgumentScope();
                    if (owner != cur && owner.kind == Scope.Kind.FUNCTION && owner.argCount > 0) {
                        addDef(owner.params.get(0), USE);
                    }
                }
            }
            case Expr.Constant c -> { }
            case Expr.Attribute a -> visit(a.value());
            case Expr.Subscript s -> {
                visit(s.value());
                visit(s.slice());
            }
            case Expr.Slice s -> {
                visitOpt(s.lower());
                visitOpt(s.upper());
                visitOpt(s.step());
            }
            case Expr.Starred s -> {
                compileError(s.pos(), s.ctx() == Expr.Ctx.STORE ? "starred assignment target must be in a list or tuple"
                                : "can't use starred expression here");
                visit(s.value());
            }
            case Expr.Call c -> {
                visit(c.func());
                visitElements(c.args());
                visitKeywords(c.keywords());
            }
            case Expr.BinOp b -> {
                visit(b.left());
                visit(b.right());
            }
            case Expr.UnaryOp u -> visit(u.operand());
            case Expr.BoolOp b -> visitAll(b.values());
            case Expr.Compare c -> {
                visit(c.left());
                visitAll(c.comparators());
            }
            case Expr.IfExp i -> {
                visit(i.test());
                visit(i.body());
                visit(i.orelse());
            }
            case Expr.Lambda l -> {
                visitDefaults(l.args());
                Scope scope = enter(l, Scope.Kind.FUNCTION, "<lambda>");
                boolean savedLoop = inLoop;
                inLoop = false;
                declareParams(l.args());
                visit(l.body());
                inLoop = savedLoop;
                cur = scope.parent;
            }
            case Expr.ListExpr l -> visitElements(l.elts());
            case Expr.TupleExpr t -> visitElements(t.elts());
            case Expr.SetExpr s -> visitElements(s.elts());
            case Expr.DictExpr d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    visitOpt(d.keys().get(i));
                    visit(d.values().get(i));
                }
            }
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            case Expr.JoinedStr j -> visitAll(j.values());
            case Expr.FormattedValue f -> {
                visit(f.value());
                visitOpt(f.formatSpec());
            }
            case Expr.Yield y -> {
                yieldHere(y.pos());
                visitOpt(y.value());
            }
            case Expr.YieldFrom y -> {
                yieldHere(y.pos());
                visit(y.value());
            }
            case Expr.NamedExpr n -> {
                visit(n.value());
                namedExprTarget((Expr.Name) n.target());
            }
        }
    }

    private void yieldHere(Pos pos) {
        if (cur.kind == Scope.Kind.COMPREHENSION) {
            String what = switch (cur.name) {
                case "<listcomp>" -> "list comprehension";
                case "<setcomp>" -> "set comprehension";
                case "<dictcomp>" -> "dict comprehension";
                default -> "generator expression";
            };
            throw error(pos, "'yield' inside " + what);
        }
        if (!cur.isFunctionLike()) {
            compileError(pos, "'yield' outside function");
        }
        cur.isGenerator = true;
    }

    /** symtable_handle_comprehension: the first iterable is evaluated outside, and passed in as ".0". */
    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, Expr elt, Expr value) {
        visit(gens.get(0).iter());
        Scope scope = enter(node, Scope.Kind.COMPREHENSION, name);
        scope.isGenerator = node instanceof Expr.GeneratorExp;
        addDef(".0", DEF_PARAM);
        scope.params.add(".0");
        scope.argCount = 1;
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) {
                visit(g.iter());
            }
            markIterationTargets(g.target());
            visitTarget(g.target());
            visitAll(g.ifs());
        }
        if (value != null) {
            visit(value);
        }
        visit(elt);
        cur = scope.parent;
    }

    private void markIterationTargets(Expr target) {
        switch (target) {
            case Expr.Name n -> addDef(n.id(), DEF_COMP_ITER);
            case Expr.TupleExpr t -> t.elts().forEach(this::markIterationTargets);
            case Expr.ListExpr l -> l.elts().forEach(this::markIterationTargets);
            case Expr.Starred s -> markIterationTargets(s.value());
            default -> { }
        }
    }

    /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function or module. */
    private void namedExprTarget(Expr.Name target) {
        if (cur.kind != Scope.Kind.COMPREHENSION) {
            addDef(target.id(), DEF_LOCAL);
            return;
        }
        String id = target.id();
        for (Scope s = cur; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.COMPREHENSION) {
                if ((flagsOf(s, id) & DEF_COMP_ITER) != 0) {
                    throw error(target.pos(), "assignment expression cannot rebind comprehension iteration variable '" + id + "'");
                }
                continue;
            }
            if (s.kind == Scope.Kind.CLASS) {
                throw error(target.pos(), "assignment expression within a comprehension cannot be used in a class body");
            }
            if (s.kind == Scope.Kind.FUNCTION) {
                addDef(id, (flagsOf(s, id) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL);
                addDef(s, id, DEF_LOCAL);
            } else {
                addDef(id, DEF_GLOBAL);
                addDef(s, id, DEF_GLOBAL);
            }
            directives.computeIfAbsent(cur, k -> new LinkedHashMap<>()).putIfAbsent(id, target.pos());
            return;
        }
    }

    // ---- analysis (symtable.c analyze_block)

    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new LinkedHashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        if (s.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (s.kind != Scope.Kind.CLASS) {
            if (s.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        for (Scope child : s.children) {
            Set<String> childFree = new LinkedHashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            newFree.addAll(childFree);
        }
        if (s.isFunctionLike()) {
            for (String name : List.copyOf(newFree)) {
                if (s.bindings.get(name) == Binding.LOCAL) {
                    s.bindings.put(name, Binding.CELL);
                    newFree.remove(name);
                }
            }
        } else if (s.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
            s.cellVars.add("__class__");
            s.bindings.put("__class__", Binding.CELL);
        }
        for (String name : newFree) {
            Binding b = s.bindings.get(name);
            if (b != null) {
                if (s.kind == Scope.Kind.CLASS && (b == Binding.CLASS_LOCAL || b == Binding.GLOBAL_EXPLICIT)) {
                    s.freeVars.add(name);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            s.bindings.put(name, Binding.FREE);
        }
        free.addAll(newFree);
        collect(s);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local, Set<String> free,
                    Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw error(directives.get(s).get(name), "name '" + name + "' is nonlocal and global");
            }
            s.bindings.put(name, Binding.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error(directives.get(s).get(name), "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw error(directives.get(s).get(name), "no binding for nonlocal '" + name + "' found");
            }
            s.bindings.put(name, Binding.FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            s.bindings.put(name, s.kind == Scope.Kind.CLASS ? Binding.CLASS_LOCAL : Binding.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            s.bindings.put(name, Binding.FREE);
            free.add(name);
        } else {
            s.bindings.put(name, Binding.GLOBAL_IMPLICIT);
        }
    }

    /** Fills the scope's ordered name lists from its bindings: parameters first, then first appearance. */
    private static void collect(Scope s) {
        Set<String> order = new LinkedHashSet<>(s.params);
        order.addAll(s.flags.keySet());
        order.addAll(s.bindings.keySet());
        for (String name : order) {
            Binding b = s.bindings.get(name);
            if (b == null) {
                continue;
            }
            int f = s.flags.getOrDefault(name, 0);
            if ((f & DEF_BOUND) != 0 && b != Binding.GLOBAL_EXPLICIT && (f & (DEF_GLOBAL | DEF_NONLOCAL)) == 0) {
                s.locals.add(name);
            }
            switch (b) {
                case CELL -> {
                    if (!s.cellVars.contains(name)) {
                        s.cellVars.add(name);
                    }
                }
                case FREE -> s.freeVars.add(name);
                case GLOBAL_EXPLICIT -> s.explicitGlobals.add(name);
                default -> { }
            }
        }
    }
}
