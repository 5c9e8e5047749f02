package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Python values as polyglot Values, and Java values passed into Python. */
class ValueMappingTest {

    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.create("minipy");
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Value eval(String code) {
        return context.eval("minipy", code);
    }

    @Test
    void intsAreNumbersOfTheirSize() {
        Value small = eval("2 ** 40");
        assertTrue(small.isNumber());
        assertTrue(small.fitsInLong());
        assertFalse(small.fitsInInt());
        assertEquals(1L << 40, small.asLong());
        Value big = eval("2 ** 100 + 1");
        assertFalse(big.fitsInLong());
        assertTrue(big.fitsInBigInteger());
        assertEquals(BigInteger.TWO.pow(100).add(BigInteger.ONE), big.asBigInteger());
        assertEquals(-7, eval("-7").asInt());
    }

    @Test
    void floatsStringsBoolsAndNone() {
        assertEquals(0.5, eval("1 / 2").asDouble());
        assertEquals("héllo", eval("'hé' + 'llo'").asString());
        assertTrue(eval("3 > 2").asBoolean());
        assertTrue(eval("3 > 2").isBoolean());
        assertTrue(eval("None").isNull());
    }

    @Test
    void valuesShowAsPythonReprAndHaveTheirClassAsMetaObject() {
        assertEquals("True", eval("True").toString());
        assertEquals("'text'", eval("'text'").toString());
        assertEquals("1.0", eval("1.0").toString());
        assertEquals("None", eval("None").toString());
        assertEquals("[1, 'a', None, (2, 3.5)]", eval("[1, 'a', None, (2, 3.5)]").toString());
        assertEquals("{'k': [1]}", eval("{'k': [1]}").toString());
        assertEquals("int", eval("5").getMetaObject().getMetaSimpleName());
        assertEquals("bool", eval("False").getMetaObject().getMetaSimpleName());
        assertEquals("str", eval("''").getMetaObject().getMetaQualifiedName());
        assertEquals("list", eval("[]").getMetaObject().getMetaSimpleName());
        assertEquals("NoneType", eval("None").getMetaObject().getMetaSimpleName());
        assertEquals("struct.error", eval("import struct\nstruct.error").getMetaQualifiedName());
    }

    @Test
    void classesAreMetaObjects() {
        Value cls = eval("class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n"
                        + "    def norm1(self):\n        return abs(self.x) + abs(self.y)\nPoint");
        assertTrue(cls.isMetaObject());
        assertEquals("Point", cls.getMetaSimpleName());
        assertEquals("<class '__main__.Point'>", cls.toString());
        Value p = cls.newInstance(3, -4);
        assertTrue(cls.isMetaInstance(p));
        assertEquals(cls, p.getMetaObject());
        assertEquals(7, p.invokeMember("norm1").asInt());
        assertEquals(3, p.getMember("x").asInt());
        p.putMember("x", 10);
        assertEquals(14, p.invokeMember("norm1").asInt());
        assertTrue(p.getMemberKeys().containsAll(List.of("x", "y", "norm1")));
        Value intClass = eval("int");
        assertTrue(intClass.isMetaInstance(5));
        assertTrue(intClass.isMetaInstance(true));
        assertFalse(intClass.isMetaInstance("5"));
        assertEquals(12, intClass.execute("12").asInt());
        assertEquals("int", eval("bool").getMetaParents().getArrayElement(0).getMetaSimpleName());
    }

    @Test
    void listsAreWritableArraysTuplesReadOnlyOnes() {
        Value list = eval("xs = [1, 2, 3]\nxs");
        assertTrue(list.hasArrayElements());
        assertEquals(3, list.getArraySize());
        list.setArrayElement(0, "one");
        list.setArrayElement(3, 4.5);
        assertTrue(list.removeArrayElement(1));
        assertEquals("['one', 3, 4.5]", eval("repr(xs)").asString());
        assertEquals(List.of("one", 3L, 4.5), List.copyOf(list.as(List.class)));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.getArrayElement(7));

        Value tuple = eval("(1, 'b')");
        assertEquals("b", tuple.getArrayElement(1).asString());
        assertThrows(UnsupportedOperationException.class, () -> tuple.setArrayElement(0, 5));
    }

    @Test
    void dictsAreHashes() {
        Value dict = eval("d = {'a': 1, 2: 'two'}\nd");
        assertTrue(dict.hasHashEntries());
        assertEquals(2, dict.getHashSize());
        assertEquals(1, dict.getHashValue("a").asInt());
        assertEquals("two", dict.getHashValue(2).asString());
        assertEquals("two", dict.getHashValue(2.0).asString());
        assertTrue(dict.getHashValue("missing") == null || dict.getHashValue("missing").isNull());
        dict.putHashEntry("b", List.of());
        dict.removeHashEntry("a");
        assertEquals("[2, 'b']", eval("repr(list(d))").asString());
        Value entries = dict.getHashEntriesIterator();
        Value first = entries.getIteratorNextElement();
        assertEquals(2, first.getArrayElement(0).asInt());
        assertEquals("two", first.getArrayElement(1).asString());
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = dict.as(Map.class);
        assertEquals("two", map.get(2L));
    }

    @Test
    void functionsMethodsAndBuiltinsExecuteWithJavaArguments() {
        Value f = eval("def f(a, b=10):\n    return (type(a).__name__, a, b)\nf");
        assertTrue(f.canExecute());
        assertEquals("('str', 'x', 10)", f.execute("x").toString());
        assertEquals("('int', 7, 10)", f.execute(7).toString());
        assertEquals("('int', 7, 10)", f.execute(7L).toString());
        assertEquals("('int', 7, 10)", f.execute((short) 7).toString());
        assertEquals("('int', 7, 10)", f.execute((byte) 7).toString());
        assertEquals("('float', 1.5, 10)", f.execute(1.5f).toString());
        assertEquals("('bool', True, 10)", f.execute(true).toString());
        assertEquals("('NoneType', None, 10)", f.execute((Object) null).toString());
        assertEquals("('str', 'c', 2)", f.execute('c', 2).toString());
        assertEquals("('int', 100000000000000000000, 10)", f.execute(new BigInteger("100000000000000000000")).toString());
        // a host object stays what it is: Python sees a foreign object
        assertEquals("ForeignObject", f.execute(new Object()).getArrayElement(0).asString());

        Value append = eval("ys = []\nys.append");
        append.execute(1);
        assertEquals("[1]", eval("repr(ys)").asString());
        Value len = eval("len");
        assertEquals(3, len.execute(eval("'abc'")).asInt());
        Value sorted = eval("sorted");
        assertEquals("[1, 2, 3]", sorted.execute(eval("[3, 1, 2]")).toString());
        assertFalse(eval("42").canExecute());
    }

    @Test
    void aWrongCallIsAPythonTypeError() {
        Value f = eval("def f(a):\n    return a\nf");
        PolyglotException e = assertThrows(PolyglotException.class, () -> f.execute(1, 2));
        assertEquals("TypeError: f() takes 1 positional argument but 2 were given", e.toString());
    }

    @Test
    void objectMembersAreTheirAttributes() {
        Value words = eval("['b', 'c', 'a']");
        assertTrue(words.canInvokeMember("sort"));
        words.invokeMember("sort");
        assertEquals("['a', 'b', 'c']", words.toString());
        assertEquals(2, words.invokeMember("index", "c").asInt());
        Value math = eval("import math\nmath");
        assertEquals(3.0, math.getMember("sqrt").execute(9.0).asDouble());
        assertTrue(math.getMember("pi").fitsInDouble());
        assertFalse(math.hasMember("nope"));
    }
}
