package org.minipy.imports;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;

/**
 * importlib's PathFinder with a FileFinder per entry: finds a module by the last part of its name in each folder of a
 * path ({@code sys.path}, or a package's {@code __path__}) in turn. In a folder, a package (a subfolder with
 * {@code __init__.py}) comes before a module {@code name.py}; a subfolder without {@code __init__.py} is a portion of
 * a namespace package, which is the answer only if no folder has the package or module. Files are reached through
 * Truffle's file system, so the embedder's IO policy decides what may be imported; folders it hides are skipped. The
 * library's entry is searched among its jar resources.
 */
final class PathFinder {
    private PathFinder() {
    }

    /** The spec of the module {@code fullName} in these entries (non-str entries are skipped), or null. */
    static ModuleSpec find(Env env, String fullName, Object[] entries) {
        String last = fullName.substring(fullName.lastIndexOf('.') + 1);
        List<String> portions = null;
        for (Object e : entries) {
            if (!(e instanceof String entry)) {
                continue;
            }
            if (entry.equals(LibraryModules.PATH_ENTRY) || entry.startsWith(LibraryModules.PATH_ENTRY + "/")) {
                ModuleSpec spec = findInLibrary(fullName, last, entry);
                if (spec != null) {
                    return spec;
                }
                continue;
            }
            try {
                TruffleFile folder = (entry.isEmpty() ? env.getCurrentWorkingDirectory() : env.getPublicTruffleFile(entry)).getAbsoluteFile();
                TruffleFile pkg = folder.resolve(last);
                if (pkg.isDirectory()) {
                    TruffleFile init = pkg.resolve("__init__.py");
                    if (init.isRegularFile()) {
                        return new ModuleSpec(fullName, init.getPath(), new String[]{pkg.getPath()}, init, null);
                    }
                    if (portions == null) {
                        portions = new ArrayList<>();
                    }
                    portions.add(pkg.getPath());
                }
                TruffleFile module = folder.resolve(last + ".py");
                if (module.isRegularFile()) {
                    return new ModuleSpec(fullName, module.getPath(), null, module, null);
                }
            } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException denied) {
                // an entry the embedder's file system policy hides, or that names no folder: nothing to import there
            }
        }
        return portions == null ? null : new ModuleSpec(fullName, null, portions.toArray(new String[0]), null, null);
    }

    private static ModuleSpec findInLibrary(String fullName, String last, String entry) {
        String folder = entry.substring(LibraryModules.PATH_ENTRY.length());
        String prefix = folder.isEmpty() ? "" : folder.substring(1) + "/";
        String init = prefix + last + "/__init__.py";
        if (LibraryModules.exists(init)) {
            return new ModuleSpec(fullName, entry + "/" + last + "/__init__.py", new String[]{entry + "/" + last}, null, init);
        }
        String module = prefix + last + ".py";
        if (LibraryModules.exists(module)) {
            return new ModuleSpec(fullName, entry + "/" + last + ".py", null, null, module);
        }
        return null;
    }
}
