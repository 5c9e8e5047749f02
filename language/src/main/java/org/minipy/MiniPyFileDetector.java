package org.minipy;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognizes {@code .py} files as minipy sources. */
public final class MiniPyFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? MiniPyLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
