package org.minipy.bench;

import java.io.File;
import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs one Python file on GraalPy embedded, as a whole process of its own: bench/run's whole-process
 * runs start it with the JVM options of minipy's warm runs. Arguments: the file, then its sys.argv[1:].
 */
public final class GraalPyProcess {
    private GraalPyProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (Context context = Context.newBuilder("python")
                .allowAllAccess(true)
                .arguments("python", args)
                .option("engine.WarnInterpreterOnly", "false")
                // as its launcher runs it: no site module (none of the workloads needs it)
                .option("python.ForceImportSite", "false")
                .build()) {
            context.eval(Source.newBuilder("python", new File(args[0])).build());
        } catch (PolyglotException e) {
            System.err.println(e);
            System.exit(1);
        }
    }
}
