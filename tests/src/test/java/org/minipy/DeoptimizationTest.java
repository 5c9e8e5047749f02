package org.minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Hot loops compile once and stay compiled: after warm-up, running the loop again neither deoptimizes
 * nor invalidates nor recompiles anything (issue 7's compilation-quality target). The engine's
 * compilation trace, captured through a log handler, tells.
 */
class DeoptimizationTest {
    /** Workload 2's main loop, {@code s += m[i]}, over a memoryview. */
    private static final String MEMORYVIEW_INDEX_LOOP = """
            def bench(m):
                s = 0
                for i in range(len(m)):
                    s += m[i]
                return s
            data = memoryview(bytearray(range(256)) * 400)
            """;

    /** The same loop over a bytearray and a list, and a method call and attribute loop: the interpreter core. */
    private static final String PURE_PYTHON_LOOPS = """
            class Point:
                def __init__(self, x):
                    self.x = x
                def moved(self, d):
                    return Point(self.x + d)
            def bench(m):
                s = 0
                for i in range(len(m)):
                    s += m[i]
                values = []
                for v in m:
                    values.append(v * 2)
                p = Point(0)
                for v in values:
                    p = p.moved(v & 3)
                return s + len(values) + p.x
            data = bytearray(range(256)) * 400
            """;

    /** Workload 7's loops: module functions of struct called with a constant format over a memoryview. */
    private static final String STRUCT_RECORD_LOOPS = """
            import struct
            def bench(m):
                n = len(m) // 16
                for k in range(n):
                    struct.pack_into('<iid', m, 16 * k, k, -k, k * 0.25)
                a = 0
                x = 0.0
                for off in range(0, 16 * n, 16):
                    i, j, d = struct.unpack_from('<iid', m, off)
                    a += i - j
                    x += d
                return a, x
            data = memoryview(bytearray(16 * 2000))
            """;

    /** Workload 8's main loop, {@code a.append(x)} on an array('i'), which grows its storage as it goes. */
    private static final String ARRAY_APPEND_LOOP = """
            from array import array
            def bench(n):
                a = array('i')
                for i in range(n):
                    a.append(i & 0xffff)
                return len(a)
            data = 100000
            """;

    /** Attribute reads and writes through descriptors: a property's getter and setter, static and class methods, class constants. */
    private static final String DESCRIPTOR_LOOPS = """
            class Account:
                rate = 3
                def __init__(self):
                    self._balance = 0
                @property
                def balance(self):
                    return self._balance
                @balance.setter
                def balance(self, value):
                    self._balance = value
                @staticmethod
                def fee(x):
                    return x & 7
                @classmethod
                def scale(cls, x):
                    return x * cls.rate
            def bench(n):
                a = Account()
                for i in range(n):
                    a.balance = a.balance + Account.fee(i) + a.scale(1) + a.rate
                return a.balance
            data = 100000
            """;

    @Test
    void descriptorLoopsStayCompiled() {
        assertStaysCompiled(DESCRIPTOR_LOOPS);
    }

    /** Workload 10_list_work's loops: a list in long[] storage appended to, indexed, updated, iterated, summed. */
    private static final String LIST_WORK_LOOPS = """
            def bench(n):
                values = []
                for i in range(n):
                    values.append((i * 7919) % 10007)
                for i in range(1, len(values)):
                    values[i] = (values[i] + values[i - 1]) & 0xffff
                squares = [v * v for v in values if v & 1]
                floats = [v * 0.5 for v in values]
                return len(squares), sum(squares), floats[-1], values[len(values) // 2]
            data = 20000
            """;

    /** Workload 10_dict_work's loops: int and str keys probed, inserted and updated, items iterated. */
    private static final String DICT_WORK_LOOPS = """
            words = ['w' + str(i) for i in range(100)]
            def bench(n):
                counts = {}
                for i in range(n):
                    key = (i * 31) % 503
                    counts[key] = counts.get(key, 0) + 1
                by_word = {}
                for i in range(n):
                    w = words[i % 100]
                    if w in by_word:
                        by_word[w] += i & 7
                    else:
                        by_word[w] = 0
                total = 0
                for k, v in counts.items():
                    total += k * v
                return len(counts), total, by_word['w7']
            data = 20000
            """;

    @Test
    void listWorkLoopsStayCompiled() {
        assertStaysCompiled(LIST_WORK_LOOPS);
    }

    @Test
    void dictWorkLoopsStayCompiled() {
        assertStaysCompiled(DICT_WORK_LOOPS);
    }

    @Test
    void arrayAppendLoopStaysCompiled() {
        assertStaysCompiled(ARRAY_APPEND_LOOP);
    }

    @Test
    void pythonLoopsStayCompiled() {
        assertStaysCompiled(PURE_PYTHON_LOOPS);
    }

    @Test
    void memoryviewIndexLoopStaysCompiled() {
        assertStaysCompiled(MEMORYVIEW_INDEX_LOOP);
    }

    @Test
    void structRecordLoopsStayCompiled() {
        assertStaysCompiled(STRUCT_RECORD_LOOPS);
    }

    private static void assertStaysCompiled(String program) {
        try (CompilationLog log = new CompilationLog()) {
            Context context = log.context();
            assertEquals("GraalVM CE", context.getEngine().getImplementationName(),
                    "the Graal JIT is missing: see the surefire argLine in tests/pom.xml");
            try {
                context.eval("minipy", program);
            } catch (PolyglotException e) {
                Assumptions.abort("the program does not run on minipy yet: " + e.getMessage());
            }
            Source iteration = Source.create("minipy", "r = bench(data)");
            for (int i = 0; i < 30; i++) {
                context.eval(iteration);
            }
            assertTrue(log.has("opt done", "bench"), "bench was not compiled:\n" + log);
            log.clear();
            for (int i = 0; i < 20; i++) {
                context.eval(iteration);
            }
            assertEquals(List.of(), log.churn(), "the warm loop deoptimized, was invalidated or recompiled");
        }
    }
}
