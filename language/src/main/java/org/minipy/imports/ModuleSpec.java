package org.minipy.imports;

import com.oracle.truffle.api.TruffleFile;

/**
 * importlib's ModuleSpec, for what minipy finds on a path: a module's full name, its {@code __file__} (null for a
 * namespace package), and for a package the folders that make its {@code __path__}. The code is a file, a resource
 * of minipy's library, or neither (a namespace package).
 *
 * @param file         the source file, or null
 * @param resourcePath the library resource ("pkg/__init__.py"), or null
 */
public record ModuleSpec(String name, String origin, String[] searchLocations, TruffleFile file, String resourcePath) {

    public boolean isPackage() {
        return searchLocations != null;
    }

    /** The module's {@code __package__}: its own name for a package, else its parent's. */
    public String parent() {
        if (isPackage()) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }
}
