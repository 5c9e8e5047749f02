package org.minipy.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Source;

/**
 * linecache for one traceback: the line a frame shows. A file is read when the traceback is printed, as CPython
 * reads it then; code the launcher ran from a string ({@code -c}, the REPL) has the text it was given. A program
 * piped into {@code minipy -} shows no lines: CPython keeps no copy of it.
 */
final class SourceLines {

    private final Map<String, List<String>> files = new HashMap<>();

    /**
     * linecache.getline(...).rstrip(): the line without its line end and trailing blanks, "" if there is none.
     *
     * @param source the source of the frame's code, or null if the program did not say
     */
    String rawLine(String filename, Source source, int lineno) {
        List<String> lines;
        if (filename.startsWith("<") && filename.endsWith(">")) {
            // linecache.updatecache: such a name is not a file
            if (source == null || !source.hasCharacters() || isPipedProgram(source)) {
                return "";
            }
            lines = source.getCharacters().toString().lines().toList();
        } else {
            lines = files.computeIfAbsent(filename, SourceLines::read);
        }
        if (lineno < 1 || lineno > lines.size()) {
            return "";
        }
        return lines.get(lineno - 1).stripTrailing();
    }

    private static boolean isPipedProgram(Source source) {
        return source.getName().equals(MiniPyMain.STDIN_NAME) && !source.isInteractive();
    }

    /** The file's lines; none if it is gone or unreadable, which CPython's traceback passes over in silence. */
    private static List<String> read(String filename) {
        try {
            return ScriptFile.decode(Files.readAllBytes(Path.of(filename)), filename).lines().toList();
        } catch (IOException | InvalidPathException | ScriptFile.Unreadable e) {
            return List.of();
        }
    }
}
