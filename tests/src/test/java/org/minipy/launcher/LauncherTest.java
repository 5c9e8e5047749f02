package org.minipy.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code minipy} command against CPython 3.13's behaviour: exit statuses, {@code sys.argv}, messages, and
 * the layout of tracebacks and syntax errors. Expected texts are CPython's output (from
 * {@code ~/.pyenv/versions/3.13.0/bin/python3}), PEP 657's markers under the source lines included.
 */
class LauncherTest {

    private static Engine engine;

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void createEngine() {
        engine = MiniPyMain.engineBuilder().build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private Result runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new MiniPyMain(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .engine(engine)
                .workingDirectory(dir)
                .launch(args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(String... args) {
        return runWithStdin("", args);
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertResult(int status, String out, String err, Result actual) {
        assertEquals(err, actual.err, "stderr");
        assertEquals(out, actual.out, "stdout");
        assertEquals(status, actual.status, "exit status");
    }

    @Test
    void runsScriptWithItsOwnEngine() throws IOException {
        Path hello = script("hello.py", "print('hello')\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = MiniPyMain.run(new String[] {hello.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        assertEquals("hello\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void command() {
        assertResult(0, "3\n", "", run("-c", "print(1 + 2)"));
    }

    @Test
    void stdinProgram() {
        assertResult(0, "from stdin\n", "", runWithStdin("print('from stdin')\n", "-"));
    }

    @Test
    void pipedStdinWithoutArgumentsIsAProgram() {
        assertResult(0, "['']\n", "", runWithStdin("import sys\nprint(sys.argv)\n"));
    }

    @Test
    void argvOfScript() throws IOException {
        script("args.py", "import sys\nprint(sys.argv)\n");
        assertResult(0, "['args.py', 'a', '-c', 'b']\n", "", run("args.py", "a", "-c", "b"));
    }

    @Test
    void argvOfCommand() {
        assertResult(0, "['-c', 'a', 'b']\n", "", run("-c", "import sys; print(sys.argv)", "a", "b"));
    }

    @Test
    void argvOfStdin() {
        assertResult(0, "['-', 'q']\n", "", runWithStdin("import sys\nprint(sys.argv)\n", "-", "q"));
    }

    @Test
    void exitWithStatus() {
        assertResult(3, "", "", run("-c", "import sys; sys.exit(3)"));
    }

    @Test
    void exitWithMessage() {
        assertResult(1, "", "bye\n", run("-c", "import sys; sys.exit('bye')"));
    }

    @Test
    void raiseSystemExitWithoutStatus() {
        assertResult(0, "", "", run("-c", "raise SystemExit"));
    }

    @Test
    void version() {
        Result result = run("--version");
        assertEquals(0, result.status);
        assertTrue(result.out.matches("minipy 0\\.1\\.0 \\(GraalVM CE \\d+\\.\\d+\\.\\d+\\)\n"), result.out);
        assertEquals("", result.err);
    }

    @Test
    void help() {
        Result result = run("--help");
        assertEquals(0, result.status);
        assertTrue(result.out.startsWith("usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"), result.out);
        assertEquals(result.out, run("-h").out);
    }

    @Test
    void unknownLongOption() {
        assertResult(2, "", """
                unknown option --x
                usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
                Try `minipy -h' for more information.
                """, run("--x"));
    }

    @Test
    void unknownShortOption() {
        assertResult(2, "", """
                Unknown option: -Z
                usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
                Try `minipy -h' for more information.
                """, run("-Z"));
    }

    @Test
    void commandWithoutArgument() {
        assertResult(2, "", """
                Argument expected for the -c option
                usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
                Try `minipy -h' for more information.
                """, run("-c"));
    }

    @Test
    void moduleWithoutArgument() {
        assertResult(2, "", """
                Argument expected for the -m option
                usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
                Try `minipy -h' for more information.
                """, run("-m"));
    }

    @Test
    void runModuleAsMain() throws IOException {
        script("tool.py", """
                import sys
                print(__name__, repr(__package__), __file__ == sys.argv[0], sys.argv[1:], sys.path[0] == sys.argv[0][:-8])
                """);
        assertResult(0, "__main__ '' True ['a', '-c'] True\n", "", run("-m", "tool", "a", "-c"));
    }

    @Test
    void runPackageRunsItsMainSubmodule() throws IOException {
        Files.createDirectory(dir.resolve("app"));
        script("app/__init__.py", "print('init', __name__)\n");
        script("app/util.py", "NAME = 'util'\n");
        script("app/__main__.py", """
                import sys
                from . import util
                print(__name__, __package__, util.NAME, sys.argv[0].split('/')[-2:], sys.argv[1:])
                """);
        assertResult(0, "init app\n__main__ app util ['app', '__main__.py'] ['x']\n", "", run("-m", "app", "x"));
    }

    @Test
    void runModuleErrors() throws IOException {
        Files.createDirectory(dir.resolve("plain"));
        script("plain/__init__.py", "");
        script("tool.py", "print('tool runs as', __name__)\n");
        assertResult(1, "", "minipy: No module named nope\n", run("-m", "nope"));
        assertResult(1, "", "minipy: No module named plain.__main__; 'plain' is a package and cannot be directly executed\n",
                run("-m", "plain"));
        assertResult(1, "", "minipy: No code object available for sys\n", run("-m", "sys"));
        assertResult(1, "tool runs as tool\n", "minipy: Error while finding module specification for 'tool.x' (ModuleNotFoundError: "
                + "__path__ attribute not found on 'tool' while trying to find 'tool.x')\n", run("-m", "tool.x"));
        assertResult(1, "", "minipy: Error while finding module specification for 'nope.x' (ModuleNotFoundError: No module named "
                + "'nope')\n", run("-m", "nope.x"));
    }

    @Test
    void tracebackThroughImportedModules() throws IOException {
        Path helper = script("helper.py", """
                def fail(x):
                    return x / 0
                """);
        Path main = script("main.py", """
                import helper
                helper.fail(1)
                """);
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "%s", line 2, in <module>
                    helper.fail(1)
                    ~~~~~~~~~~~^^^
                  File "%s", line 2, in fail
                    return x / 0
                           ~~^~~
                ZeroDivisionError: division by zero
                """.formatted(main, helper), run("main.py"));
    }

    @Test
    void missingScript() {
        assertResult(2, "", "minipy: can't open file '" + dir.resolve("nope.py")
                + "': [Errno 2] No such file or directory\n", run("nope.py"));
    }

    @Test
    void directoryAsScript() throws IOException {
        Files.createDirectory(dir.resolve("pkg"));
        assertResult(1, "", "minipy: can't find '__main__' module in '" + dir.resolve("pkg") + "'\n", run("pkg"));
    }

    @Test
    void scriptThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("latin.py"), new byte[] {'x', '=', '1', '\n', '#', ' ', (byte) 0xe9, '\n'});
        assertResult(1, "", "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + dir.resolve("latin.py")
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                run("latin.py"));
    }

    @Test
    void syntaxError() throws IOException {
        Path script = script("syntax.py", "x = = 1\n");
        assertResult(1, "", """
                  File "%s", line 1
                    x = = 1
                        ^
                SyntaxError: invalid syntax
                """.formatted(script), run("syntax.py"));
    }

    @Test
    void syntaxErrorOnIndentedLine() throws IOException {
        Path script = script("indented.py", "def f():\n        return 1 +* 2\n");
        assertResult(1, "", """
                  File "%s", line 2
                    return 1 +* 2
                              ^
                SyntaxError: invalid syntax
                """.formatted(script), run("indented.py"));
    }

    @Test
    void syntaxErrorInCommand() {
        assertResult(1, "", """
                  File "<string>", line 1
                    x = = 1
                        ^
                SyntaxError: invalid syntax
                """, run("-c", "x = = 1"));
    }

    @Test
    void traceback() throws IOException {
        Path script = script("nested.py", """
                def inner(d):
                    return d["missing"]


                def outer():
                    return inner({})


                outer()
                """);
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "%1$s", line 9, in <module>
                    outer()
                    ~~~~~^^
                  File "%1$s", line 6, in outer
                    return inner({})
                  File "%1$s", line 2, in inner
                    return d["missing"]
                           ~^^^^^^^^^^^
                KeyError: 'missing'
                """.formatted(script), run("nested.py"));
    }

    @Test
    void chainedTraceback() throws IOException {
        Path script = script("chained.py", """
                def parse(text):
                    try:
                        return int(text)
                    except ValueError as e:
                        raise RuntimeError("cannot parse " + text) from e


                try:
                    parse("x")
                except RuntimeError:
                    print("handled", undefined_name)
                """);
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "%1$s", line 3, in parse
                    return int(text)
                ValueError: invalid literal for int() with base 10: 'x'

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "%1$s", line 9, in <module>
                    parse("x")
                    ~~~~~^^^^^
                  File "%1$s", line 5, in parse
                    raise RuntimeError("cannot parse " + text) from e
                RuntimeError: cannot parse x

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "%1$s", line 11, in <module>
                    print("handled", undefined_name)
                                     ^^^^^^^^^^^^^^
                NameError: name 'undefined_name' is not defined
                """.formatted(script), run("chained.py"));
    }

    @Test
    void exceptionCaughtTwoFramesUpKeepsOnlyTheFramesBelowTheHandler() throws IOException {
        Path script = script("nested_chain.py", """
                def inner(x):
                    return 1 / x


                def middle(x):
                    return inner(x)


                def outer():
                    try:
                        middle(0)
                    except ZeroDivisionError as e:
                        raise ValueError("bad input") from e


                outer()
                """);
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "%1$s", line 11, in outer
                    middle(0)
                    ~~~~~~^^^
                  File "%1$s", line 6, in middle
                    return inner(x)
                  File "%1$s", line 2, in inner
                    return 1 / x
                           ~~^~~
                ZeroDivisionError: division by zero

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "%1$s", line 16, in <module>
                    outer()
                    ~~~~~^^
                  File "%1$s", line 13, in outer
                    raise ValueError("bad input") from e
                ValueError: bad input
                """.formatted(script), run("nested_chain.py"));
    }

    @Test
    void raisingAStoredExceptionPutsTheNewFramesInFront() throws IOException {
        Path script = script("raise_stored.py", """
                saved = []


                def fail():
                    raise KeyError("k")


                def keep():
                    try:
                        fail()
                    except KeyError as e:
                        saved.append(e)


                def later():
                    raise saved[0]


                keep()
                later()
                """);
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "%1$s", line 20, in <module>
                    later()
                    ~~~~~^^
                  File "%1$s", line 16, in later
                    raise saved[0]
                  File "%1$s", line 10, in keep
                    fail()
                    ~~~~^^
                  File "%1$s", line 5, in fail
                    raise KeyError("k")
                KeyError: 'k'
                """.formatted(script), run("raise_stored.py"));
    }

    @Test
    void bareRaiseFromOuterHandlersContinuesTheTraceback() throws IOException {
        Path script = script("bare_reraise.py", """
                def check(value):
                    if value < 0:
                        raise ValueError("negative: " + str(value))
                    return value


                def process(items):
                    try:
                        for item in items:
                            check(item)
                    except ValueError:
                        print("process: logging")
                        raise


                def main():
                    try:
                        process([1, -1])
                    except ValueError:
                        print("main: logging")
                        raise


                main()
                """);
        assertResult(1, "process: logging\nmain: logging\n", """
                Traceback (most recent call last):
                  File "%1$s", line 24, in <module>
                    main()
                    ~~~~^^
                  File "%1$s", line 18, in main
                    process([1, -1])
                    ~~~~~~~^^^^^^^^^
                  File "%1$s", line 10, in process
                    check(item)
                    ~~~~~^^^^^^
                  File "%1$s", line 3, in check
                    raise ValueError("negative: " + str(value))
                ValueError: negative: -1
                """.formatted(script), run("bare_reraise.py"));
    }

    @Test
    void exceptionRaisedInExit() throws IOException {
        Path script = script("exit_raises.py", """
                class Resource:
                    def __enter__(self):
                        return self

                    def __exit__(self, kind, value, tb):
                        print("exit sees", kind.__name__, tb.tb_lineno)
                        raise RuntimeError("cleanup failed")


                def work():
                    with Resource():
                        raise ValueError("work failed")


                work()
                """);
        assertResult(1, "exit sees ValueError 12\n", """
                Traceback (most recent call last):
                  File "%1$s", line 12, in work
                    raise ValueError("work failed")
                ValueError: work failed

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "%1$s", line 15, in <module>
                    work()
                    ~~~~^^
                  File "%1$s", line 11, in work
                    with Resource():
                         ~~~~~~~~^^
                  File "%1$s", line 7, in __exit__
                    raise RuntimeError("cleanup failed")
                RuntimeError: cleanup failed
                """.formatted(script), run("exit_raises.py"));
    }

    @Test
    void exceptionRaisedInFinally() throws IOException {
        Path script = script("finally_raises.py", """
                def close():
                    raise OSError("close failed")


                def transfer(amount):
                    try:
                        return 100 / amount
                    finally:
                        close()


                transfer(0)
                """);
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "%1$s", line 7, in transfer
                    return 100 / amount
                           ~~~~^~~~~~~~
                ZeroDivisionError: division by zero

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "%1$s", line 12, in <module>
                    transfer(0)
                    ~~~~~~~~^^^
                  File "%1$s", line 9, in transfer
                    close()
                    ~~~~~^^
                  File "%1$s", line 2, in close
                    raise OSError("close failed")
                OSError: close failed
                """.formatted(script), run("finally_raises.py"));
    }

    @Test
    void tracebackThroughGeneratorExpressions() throws IOException {
        Path script = script("genexpr.py", """
                def total(values):
                    return sum(1 / x for x in values)


                def show(values):
                    for v in (10 / x for x in values):
                        print(v)


                try:
                    total([1, 0])
                except ZeroDivisionError:
                    show([5, 0])
                """);
        assertResult(1, "2.0\n", """
                Traceback (most recent call last):
                  File "%1$s", line 11, in <module>
                    total([1, 0])
                    ~~~~~^^^^^^^^
                  File "%1$s", line 2, in total
                    return sum(1 / x for x in values)
                  File "%1$s", line 2, in <genexpr>
                    return sum(1 / x for x in values)
                               ~~^~~
                ZeroDivisionError: division by zero

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "%1$s", line 13, in <module>
                    show([5, 0])
                    ~~~~^^^^^^^^
                  File "%1$s", line 6, in show
                    for v in (10 / x for x in values):
                             ^^^^^^^^^^^^^^^^^^^^^^^^
                  File "%1$s", line 6, in <genexpr>
                    for v in (10 / x for x in values):
                              ~~~^~~
                ZeroDivisionError: division by zero
                """.formatted(script), run("genexpr.py"));
    }

    @Test
    void causeNeverRaisedPrintsOnlyItsMessage() throws IOException {
        Path script = script("never_raised.py", """
                raise RuntimeError("x") from ValueError("y")
                """);
        assertResult(1, "", """
                ValueError: y

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "%1$s", line 1, in <module>
                    raise RuntimeError("x") from ValueError("y")
                RuntimeError: x
                """.formatted(script), run("never_raised.py"));
    }

    @Test
    void argumentErrorEndsAtTheCall() throws IOException {
        Path script = script("arguments.py", """
                def f(a):
                    pass


                f(1, 2)
                """);
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "%1$s", line 5, in <module>
                    f(1, 2)
                    ~^^^^^^
                TypeError: f() takes 1 positional argument but 2 were given
                """.formatted(script), run("arguments.py"));
    }

    @Test
    void recursionTracebackIsSummarised() throws IOException {
        Path script = script("recursion.py", """
                def down(n):
                    return down(n + 1)


                down(0)
                """);
        Result result = run("recursion.py");
        assertEquals(1, result.status);
        String frame = "  File \"" + script + "\", line 2, in down\n    return down(n + 1)\n";
        String head = "Traceback (most recent call last):\n  File \"" + script + "\", line 5, in <module>\n"
                + "    down(0)\n    ~~~~^^^\n" + frame.repeat(3);
        String pattern = Pattern.quote(head + "  [Previous line repeated ") + "\\d+"
                + Pattern.quote(" more times]\nRecursionError: maximum recursion depth exceeded\n");
        assertTrue(result.err.matches(pattern), result.err);
    }

    @Test
    void commandTracebackShowsSourceLines() {
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "<string>", line 1, in <module>
                    1/0
                    ~^~
                ZeroDivisionError: division by zero
                """, run("-c", "1/0"));
    }

    @Test
    void commandTracebackShowsLinesOfItsFunctions() {
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "<string>", line 3, in <module>
                    f()
                    ~^^
                  File "<string>", line 2, in f
                    return 1/0
                           ~^~
                ZeroDivisionError: division by zero
                """, run("-c", "def f():\n    return 1/0\nf()"));
    }

    @Test
    void stdinTracebackHasNoSourceLines() {
        assertResult(1, "", """
                Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                ZeroDivisionError: division by zero
                """, runWithStdin("1/0\n", "-"));
    }

    @Test
    void interactiveWithoutTerminal() {
        // CPython prompts on stderr when stdin is not a terminal; -q drops the banner.
        assertResult(0, "2\n7\n", ">>> >>> ... ... >>> >>> \n",
                runWithStdin("1 + 1\ndef f():\n    return 7\n\nf()\n", "-q", "-i"));
    }

    @Test
    void interactiveReportsErrorsAndGoesOn() {
        assertResult(0, "1\n", """
                >>>   File "<stdin>", line 1
                    x = = 1
                        ^
                SyntaxError: invalid syntax
                >>> >>>\s
                """, runWithStdin("x = = 1\nprint(1)\n", "-qi"));
    }

    @Test
    void interactiveTryWaitsForItsHandler() {
        assertResult(0, "caught\n2\n", ">>> ... ... ... ... >>> >>> \n",
                runWithStdin("try:\n    x = 1/0\nexcept ZeroDivisionError:\n    print(\"caught\")\n\nprint(2)\n", "-qi"));
    }

    @Test
    void interactiveTracebackShowsTheLinesOfEachInput() {
        assertResult(0, "", """
                >>> ... ... >>> Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                    f()
                    ~^^
                  File "<stdin>", line 2, in f
                    return 1/0
                           ~^~
                ZeroDivisionError: division by zero
                >>>\s
                """, runWithStdin("def f():\n    return 1/0\n\nf()\n", "-qi"));
    }

    @Test
    void interactiveExit() {
        assertResult(4, "", ">>> >>> ", runWithStdin("import sys\nsys.exit(4)\nprint('not reached')\n", "-qi"));
    }

    @Test
    void inspectAfterCommand() {
        assertResult(0, "5\n6\n", ">>> >>> \n", runWithStdin("x + 1\n", "-i", "-c", "x = 5; print(x)"));
    }
}
