package org.minipy.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the script named on the command line, refusing it with CPython's messages and exit statuses. */
final class ScriptFile {

    /** The script cannot be run; {@link #getMessage()} is the complete line to print. */
    static final class Unreadable extends Exception {
        final int exitStatus;

        Unreadable(String message, int exitStatus) {
            super(message);
            this.exitStatus = exitStatus;
        }
    }

    private ScriptFile() {
    }

    /** The script's text; {@code path} is absolute, as CPython reports it. */
    static String read(Path path) throws Unreadable {
        if (Files.isDirectory(path)) {
            // pymain_run_python: a directory runs its __main__.py, which the subset has no use for.
            throw new Unreadable("minipy: can't find '__main__' module in '" + path + "'", 1);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw cannotOpen(path, "[Errno 2] No such file or directory");
        } catch (AccessDeniedException e) {
            throw cannotOpen(path, "[Errno 13] Permission denied");
        } catch (IOException e) {
            throw cannotOpen(path, "[Errno 5] " + e.getMessage());
        }
        return decode(bytes, path.toString());
    }

    private static Unreadable cannotOpen(Path path, String reason) {
        return new Unreadable("minipy: can't open file '" + path + "': " + reason, 2);
    }

    /** UTF-8 with an optional BOM, as the tokenizer reads a file that declares no encoding. */
    static String decode(byte[] bytes, String name) throws Unreadable {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input)
                    .toString();
        } catch (CharacterCodingException e) {
            int bad = input.position();
            int line = 1;
            for (int k = start; k < bad; k++) {
                if (bytes[k] == '\n') {
                    line++;
                }
            }
            // Parser/tokenizer.c, decoding_fgets
            throw new Unreadable(String.format("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line"
                    + " %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[bad] & 0xff, name, line), 1);
        }
    }
}
