import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Engine;
import org.minipy.launcher.MiniPyMain;

/**
 * Runs many scripts in one JVM, as {@code minipy script.py} would run each (own context, from the script's
 * directory, empty stdin), so that a fuzzing batch pays for the JVM and the runtime's start once.
 * For each {@code x.py} it writes {@code x.py.mp.out} (stdout), {@code x.py.mp.err} (stderr) and
 * {@code x.py.mp.status} (the exit status, or {@code timeout}).
 * Usage: java -cp launcher/target/minipy-launcher.jar:launcher/target/lib/* tests/fuzz/Batch.java SECONDS x.py...
 */
public final class Batch {

    public static void main(String[] args) throws Exception {
        int timeout = Integer.parseInt(args[0]);
        Engine engine = MiniPyMain.engineBuilder().build();
        for (int i = 1; i < args.length; i++) {
            Path script = Path.of(args[i]).toAbsolutePath();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            MiniPyMain main = new MiniPyMain(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                    .engine(engine)
                    .workingDirectory(script.getParent());
            String[] scriptArgs = {script.getFileName().toString()};
            CompletableFuture<Integer> run = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    run.complete(main.launch(scriptArgs));
                } catch (Throwable t) {
                    run.completeExceptionally(t);
                }
            });
            thread.setDaemon(true);
            thread.start();
            String status;
            try {
                status = Integer.toString(run.get(timeout, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                status = "timeout";
                // A hung context keeps its engine busy: give the next scripts a new one.
                Engine hung = engine;
                Thread.ofPlatform().daemon().start(() -> hung.close(true));
                engine = MiniPyMain.engineBuilder().build();
            } catch (java.util.concurrent.ExecutionException e) {
                e.getCause().printStackTrace(new PrintStream(err, true, StandardCharsets.UTF_8));
                status = "launcher-crash";
            }
            Files.write(Path.of(script + ".mp.out"), out.toByteArray());
            Files.write(Path.of(script + ".mp.err"), err.toByteArray());
            Files.writeString(Path.of(script + ".mp.status"), status + "\n");
        }
        System.exit(0);
    }
}
