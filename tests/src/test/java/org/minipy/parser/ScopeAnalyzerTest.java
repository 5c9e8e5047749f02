package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minipy.parser.Scope.Binding;
import org.minipy.parser.ast.Expr;
import org.minipy.parser.ast.Stmt;

class ScopeAnalyzerTest {

    record ScopeCase(String src, List<String> scopes) {
        @Override
        public String toString() {
            return src.replace("\n", "\\n");
        }
    }

    static Stream<ScopeCase> cpythonSymtables() throws IOException {
        try (InputStream in = ScopeAnalyzerTest.class.getResourceAsStream("scope_golden.tsv")) {
            List<ScopeCase> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                cases.add(new ScopeCase(Golden.unjson(f[0]), Arrays.asList(f).subList(1, f.length)));
            }
            return cases.stream();
        }
    }

    /** Every scope's symbols resolve as in CPython 3.11's symtable (the last with comprehension scopes). */
    @ParameterizedTest
    @MethodSource("cpythonSymtables")
    void sameBindingsAsCPython(ScopeCase c) {
        Stmt.Module m = Parser.parse(c.src(), "f.py");
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(m);
        List<String> actual = new ArrayList<>();
        describe(scopes.get(m), actual);
        assertEquals(c.scopes(), actual);
    }

    private static void describe(Scope s, List<String> out) {
        String name = s.kind == Scope.Kind.MODULE ? "top" : s.name.replace("<", "").replace(">", "");
        String kind = s.kind == Scope.Kind.COMPREHENSION ? "FUNCTION" : s.kind.name();
        StringBuilder sb = new StringBuilder(kind).append(' ').append(name);
        if (s.kind != Scope.Kind.MODULE) {
            Map<String, Binding> sorted = new TreeMap<>();
            for (String id : s.bindings.keySet()) {
                if (!(s.kind == Scope.Kind.CLASS && id.equals("__class__"))) {
                    sorted.put(id, s.lookup(id));
                }
            }
            sorted.forEach((id, b) -> sb.append(' ').append(id).append('=').append(b));
        }
        out.add(sb.toString());
        for (Scope child : s.children) {
            describe(child, out);
        }
    }

    private static Map<Object, Scope> analyze(String src) {
        return ScopeAnalyzer.analyze(Parser.parse(src, "f.py"));
    }

    private static Scope only(Map<Object, Scope> scopes, String name) {
        return scopes.values().stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void parametersInCodeObjectOrder() {
        Scope f = only(analyze("def f(a, b=1, *args, c, d=2, **kw):\n    x = a\n"), "f");
        assertEquals(List.of("a", "b", "c", "d", "args", "kw"), f.params);
        assertEquals(2, f.argCount);
        assertEquals(2, f.kwOnlyCount);
        assertTrue(f.hasVararg);
        assertTrue(f.hasKwarg);
        assertEquals(List.of("a", "b", "c", "d", "args", "kw", "x"), f.locals);
    }

    @Test
    void cellsAndPassThroughFrees() {
        Map<Object, Scope> scopes = analyze("def outer():\n    v = 1\n    def mid():\n        def inner():\n            return v\n"
                        + "        return inner\n    return mid\n");
        assertEquals(List.of("v"), only(scopes, "outer").cellVars);
        assertEquals(List.of("v"), only(scopes, "mid").freeVars);
        assertEquals(Binding.FREE, only(scopes, "mid").lookup("v"));
        assertEquals(List.of("v"), only(scopes, "inner").freeVars);
        assertFalse(only(scopes, "mid").locals.contains("v"));
    }

    @Test
    void superGivesTheClassACellForDunderClass() {
        Map<Object, Scope> scopes = analyze("class C(B):\n    def m(self):\n        return super().m()\n");
        assertEquals(List.of("__class__"), only(scopes, "C").cellVars);
        assertEquals(List.of("__class__"), only(scopes, "m").freeVars);
    }

    @Test
    void classBodyNamesAreNotVisibleToMethods() {
        Map<Object, Scope> scopes = analyze("class C:\n    a = 1\n    def m(self):\n        return a\n");
        assertEquals(Binding.CLASS_LOCAL, only(scopes, "C").lookup("a"));
        assertEquals(Binding.GLOBAL_IMPLICIT, only(scopes, "m").lookup("a"));
    }

    @Test
    void comprehensionScopeTakesTheOutermostIterableAsItsFirstParameter() {
        Stmt.Module m = Parser.parse("def f(n):\n    return [x * n for x in range(n)]\n", "f.py");
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(m);
        Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
        Expr.ListComp comp = (Expr.ListComp) ((Stmt.Return) f.body().get(0)).value();
        Scope c = scopes.get(comp);
        assertEquals(Scope.Kind.COMPREHENSION, c.kind);
        assertSame(scopes.get(f), c.parent);
        assertEquals(List.of(".0"), c.params);
        assertEquals(Binding.FREE, c.lookup("n"));
        assertEquals(Binding.CELL, scopes.get(f).lookup("n"));
        assertEquals(Binding.GLOBAL_IMPLICIT, scopes.get(f).lookup("range"));
    }

    @Test
    void generatorsAreMarked() {
        Map<Object, Scope> scopes = analyze("def g():\n    yield 1\ndef h():\n    return 1\nx = (i for i in y)\n");
        assertTrue(only(scopes, "g").isGenerator);
        assertFalse(only(scopes, "h").isGenerator);
        assertTrue(only(scopes, "<genexpr>").isGenerator);
    }

    @Test
    void explicitGlobalsAreListed() {
        Scope f = only(analyze("def f():\n    global g\n    g = 1\n"), "f");
        assertEquals(List.of("g"), f.explicitGlobals);
        assertEquals(Binding.GLOBAL_EXPLICIT, f.lookup("g"));
        assertFalse(f.locals.contains("g"));
    }

    @Test
    void moduleNamesAreAllImplicitGlobals() {
        Map<Object, Scope> scopes = analyze("x = 1\nprint(x)\n");
        Scope module = only(scopes, "<module>");
        assertEquals(Binding.GLOBAL_IMPLICIT, module.lookup("x"));
        assertEquals(Binding.GLOBAL_IMPLICIT, module.lookup("print"));
    }

    @Test
    void everyScopedNodeIsAKey() {
        Map<Object, Scope> scopes = analyze("f = lambda: [x for x in {y for y in z}]\nclass C:\n    def m(self): pass\n");
        assertEquals(6, scopes.size());
    }

    @Test
    void nonlocalErrorsPointAtTheDeclaration() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> analyze("def f():\n    x = 1\n    nonlocal x\n"));
        assertEquals("name 'x' is assigned to before nonlocal declaration", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(5, e.offset);
    }
}
