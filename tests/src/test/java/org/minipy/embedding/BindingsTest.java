package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** {@code getBindings("minipy")} is the globals of {@code __main__}: readable, writable and removable. */
class BindingsTest {

    @Test
    void globalsOfEvaluatedCodeAreBindings() {
        try (Context context = Context.create("minipy")) {
            context.eval("minipy", "counter = 3\ndef bump(n):\n    global counter\n    counter += n\n    return counter\n");
            Value bindings = context.getBindings("minipy");
            assertEquals(Set.of("counter", "bump"), bindings.getMemberKeys());
            assertEquals(3, bindings.getMember("counter").asInt());
            assertEquals(8, bindings.getMember("bump").execute(5).asInt());
            assertEquals(8, bindings.getMember("counter").asInt());
            assertEquals("__main__", bindings.getMember("__name__").asString());
        }
    }

    @Test
    void theHostPutsValuesThatPythonCodeUses() {
        try (Context context = Context.create("minipy")) {
            Value bindings = context.getBindings("minipy");
            bindings.putMember("width", 6);
            bindings.putMember("height", 7L);
            bindings.putMember("label", "area");
            bindings.putMember("scale", 0.5);
            assertEquals("area 21.0", context.eval("minipy", "f'{label} {width * height * scale}'").asString());
            bindings.putMember("width", 10);
            assertEquals(35, context.eval("minipy", "width * height // 2").asInt());
        }
    }

    @Test
    void removingABindingUnbindsTheName() {
        try (Context context = Context.create("minipy")) {
            context.eval("minipy", "gone = 1\nkept = 2");
            Value bindings = context.getBindings("minipy");
            assertTrue(bindings.removeMember("gone"));
            assertFalse(bindings.hasMember("gone"));
            assertEquals(Set.of("kept"), bindings.getMemberKeys());
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("minipy", "gone"));
            assertEquals("NameError: name 'gone' is not defined", e.toString());
            assertFalse(bindings.removeMember("never"));
            assertEquals(2, context.eval("minipy", "kept").asInt());
        }
    }

    @Test
    void aHostObjectInTheBindingsStaysForeign() {
        try (Context context = Context.create("minipy")) {
            Object token = new Object();
            context.getBindings("minipy").putMember("token", token);
            assertEquals("ForeignObject", context.eval("minipy", "type(token).__name__").asString());
            assertTrue(context.eval("minipy", "token is token").asBoolean());
            assertEquals(token, context.getBindings("minipy").getMember("token").asHostObject());
        }
    }
}
