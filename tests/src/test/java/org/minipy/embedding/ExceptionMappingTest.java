package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Python exception reaching Java is a guest PolyglotException: its message is str(e), its toString the
 * traceback's last line, its guest object has the Python class as meta-object and the exception's attributes
 * as members, and its stack trace has the Python frames with their source locations.
 */
class ExceptionMappingTest {

    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.create("minipy");
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private PolyglotException raise(String code) {
        return assertThrows(PolyglotException.class, () -> context.eval(Source.newBuilder("minipy", code, "prog.py").buildLiteral()));
    }

    @Test
    void typeAndMessage() {
        PolyglotException e = raise("{}['missing']");
        assertTrue(e.isGuestException());
        assertFalse(e.isInternalError());
        assertEquals("'missing'", e.getMessage());
        assertEquals("KeyError: 'missing'", e.toString());
        Value exception = e.getGuestObject();
        assertEquals("KeyError", exception.getMetaObject().getMetaSimpleName());
        assertTrue(context.eval("minipy", "LookupError").isMetaInstance(exception));
        assertEquals("('missing',)", exception.getMember("args").toString());
        assertEquals("KeyError('missing')", exception.toString());
    }

    @Test
    void userExceptionClassesAndEmptyMessages() {
        PolyglotException e = raise("class AppError(ValueError):\n    pass\nraise AppError('bad input', 3)");
        assertEquals("AppError: ('bad input', 3)", e.toString());
        assertEquals("AppError", e.getGuestObject().getMetaObject().getMetaQualifiedName());
        PolyglotException empty = raise("raise ValueError");
        assertNull(empty.getMessage());
        assertEquals("ValueError", empty.toString());
        PolyglotException qualified = raise("import struct\nstruct.pack('q')");
        assertEquals("struct.error: pack expected 1 items for packing (got 0)", qualified.toString());
    }

    @Test
    void guestFramesCarryTheSourceLocations() {
        PolyglotException e = raise("def inner(x):\n    return 10 // x\n\ndef outer():\n    return inner(0)\n\nouter()\n");
        assertEquals("ZeroDivisionError: division by zero", e.toString());
        assertEquals(2, e.getSourceLocation().getStartLine());
        List<String> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                frames.add(frame.getRootName() + "@" + frame.getSourceLocation().getSource().getName() + ":" + frame.getSourceLocation().getStartLine());
            }
        }
        assertEquals(List.of("inner@prog.py:2", "outer@prog.py:5", "<module>@prog.py:7"), frames);
    }

    @Test
    void chainedExceptionsAreMembers() {
        PolyglotException e = raise("try:\n    int('x')\nexcept ValueError as err:\n    raise RuntimeError('wrapped') from err\n");
        Value exception = e.getGuestObject();
        Value cause = exception.getMember("__cause__");
        assertTrue(cause.isException());
        PolyglotException rethrown = assertThrows(PolyglotException.class, cause::throwException);
        assertEquals("ValueError: invalid literal for int() with base 10: 'x'", rethrown.toString());
        assertTrue(exception.getMember("__suppress_context__").asBoolean());
        assertTrue(exception.getMember("__traceback__").hasMember("tb_lineno"));
    }

    @Test
    void exceptionsOfFunctionsCalledFromJava() {
        Value check = context.eval("minipy", "def check(n):\n    if n < 0:\n        raise ValueError(f'negative: {n}')\n    return n\ncheck");
        assertEquals(5, check.execute(5).asInt());
        PolyglotException e = assertThrows(PolyglotException.class, () -> check.execute(-2));
        assertEquals("ValueError: negative: -2", e.toString());
        assertEquals("check", e.getPolyglotStackTrace().iterator().next().getRootName());
    }

    @Test
    void syntaxErrorsAreParseErrorsWithALocation() {
        PolyglotException e = raise("x = (1,\ny = 2\n");
        assertTrue(e.isSyntaxError());
        assertEquals(1, e.getSourceLocation().getStartLine());
        assertTrue(e.getMessage().startsWith("SyntaxError: "), e.getMessage());
    }

    @Test
    void sysExitIsAnExit() {
        PolyglotException e = raise("import sys\nsys.exit(3)");
        assertTrue(e.isExit());
        assertEquals(3, e.getExitStatus());
    }
}
