package org.minipy.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

import org.minipy.MiniPyLanguage;
import org.minipy.parser.AstTranslator;

/**
 * minipy's own library: the modules written in Python that ship inside the language jar, under
 * {@code org/minipy/lib/}. They are read from the jar as class-path resources (never unpacked) and each is parsed
 * once per language, whichever contexts import it. On {@code sys.path} the library is one entry,
 * {@link #PATH_ENTRY}: the jar's path followed by the resource folder, as zipimport names a folder inside an archive.
 */
public final class LibraryModules {
    private static final String RESOURCE_ROOT = "org/minipy/lib/";

    /** The library's {@code sys.path} entry; its modules' {@code __file__} is this followed by their resource path. */
    public static final String PATH_ENTRY = pathEntry();

    private final MiniPyLanguage language;
    /** The code of each library module imported so far, by resource path ("contextlib.py", "pkg/__init__.py"). */
    private final Map<String, RootCallTarget> code = new ConcurrentHashMap<>();

    public LibraryModules(MiniPyLanguage language) {
        this.language = language;
    }

    private static String pathEntry() {
        CodeSource codeSource = LibraryModules.class.getProtectionDomain().getCodeSource();
        String base = "minipy";
        if (codeSource != null && codeSource.getLocation() != null) {
            try {
                base = Path.of(codeSource.getLocation().toURI()).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                // a location that is no file (a custom class loader's): the library keeps the plain name
            }
        }
        return base + "/" + RESOURCE_ROOT.substring(0, RESOURCE_ROOT.length() - 1);
    }

    /** Whether the library has this resource ("m.py", "pkg/__init__.py"). */
    @TruffleBoundary
    public static boolean exists(String resourcePath) {
        return resource(resourcePath) != null;
    }

    private static URL resource(String resourcePath) {
        return LibraryModules.class.getClassLoader().getResource(RESOURCE_ROOT + resourcePath);
    }

    /** The module's code, parsed on first use; throws MiniPySyntaxError as for any source. */
    @TruffleBoundary
    public RootCallTarget getCode(String resourcePath) {
        RootCallTarget target = code.get(resourcePath);
        if (target == null) {
            Source source = Source.newBuilder(MiniPyLanguage.ID, read(resourcePath), PATH_ENTRY + "/" + resourcePath).build();
            target = AstTranslator.translateModuleCode(language, source).getCallTarget();
            RootCallTarget raced = code.putIfAbsent(resourcePath, target);
            if (raced != null) {
                target = raced;
            }
        }
        return target;
    }

    private static String read(String resourcePath) {
        try (InputStream in = LibraryModules.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + resourcePath)) {
            if (in == null) {
                throw new IllegalStateException("no library module " + resourcePath);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
