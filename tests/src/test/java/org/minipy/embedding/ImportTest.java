package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports in an embedding: files are read through Truffle's file system, so the host's I/O policy decides whether a
 * context may import from disk; the minipy.PythonPath option and PYTHONPATH add folders to sys.path; minipy's own
 * library comes from the language jar whatever the policy.
 */
class ImportTest {

    @TempDir
    Path dir;

    private void module(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void pythonPathOptionAddsFolders() throws IOException {
        module("greeting.py", "TEXT = 'hello'\n");
        try (Context context = Context.newBuilder("minipy").allowIO(IOAccess.ALL).option("minipy.PythonPath", dir.toString()).build()) {
            assertEquals("hello", context.eval("minipy", "import greeting\ngreeting.TEXT").asString());
            assertTrue(context.eval("minipy", "import sys\nsys.path[1]").asString().equals(dir.toString()));
        }
    }

    @Test
    void pythonPathVariableComesBeforeTheOption() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        module("which.py", "NAME = 'from PYTHONPATH'\n");
        Files.writeString(other.resolve("which.py"), "NAME = 'from the option'\n");
        try (Context context = Context.newBuilder("minipy").allowIO(IOAccess.ALL).environment("PYTHONPATH", dir.toString())
                .option("minipy.PythonPath", other.toString()).build()) {
            assertEquals("from PYTHONPATH", context.eval("minipy", "import which\nwhich.NAME").asString());
        }
    }

    @Test
    void withoutIOAccessNothingIsImportedFromDisk() throws IOException {
        module("secret.py", "VALUE = 1\n");
        try (Context context = Context.newBuilder("minipy").option("minipy.PythonPath", dir.toString()).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("minipy", "import secret"));
            assertEquals("ModuleNotFoundError: No module named 'secret'", e.toString());
            // the library is inside the jar: no I/O needed
            assertEquals("import_module", context.eval("minipy", "import importlib\nimportlib.import_module.__name__").asString());
        }
    }

    @Test
    void sourceWithAPathGivesMainItsFile() throws IOException {
        Path script = dir.resolve("script.py");
        Files.writeString(script, "x = __file__\n");
        try (Context context = Context.newBuilder("minipy").allowIO(IOAccess.ALL).build()) {
            context.eval(Source.newBuilder("minipy", script.toFile()).build());
            assertEquals(script.toString(), context.getBindings("minipy").getMember("x").asString());
        }
    }

    @Test
    void modulesRunOncePerContext() throws IOException {
        module("counter.py", "import sys\nsys.runs = getattr(sys, 'runs', 0) + 1\n");
        for (int k = 0; k < 2; k++) {
            try (Context context = Context.newBuilder("minipy").allowIO(IOAccess.ALL).option("minipy.PythonPath", dir.toString()).build()) {
                assertEquals(1, context.eval("minipy", "import counter\nimport counter\nimport sys\nsys.runs").asInt());
            }
        }
    }
}
