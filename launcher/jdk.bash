# Sourced by ./minipy, ./run-tests and .ci/run: finds the JDK that builds and runs minipy.

# Prints the home of a JDK 25 or newer: $JAVA_HOME if it is one, else the oldest such JDK in /usr/lib/jvm
# (the Graal compiler jars must not be newer than the JDK's JVMCI, and they are built for 25).
minipy_find_jdk() {
    local candidate version best="" best_version=1000
    if [[ -n ${JAVA_HOME:-} ]] && version=$(minipy_jdk_version "$JAVA_HOME") && ((version >= 25)); then
        echo "$JAVA_HOME"
        return
    fi
    for candidate in /usr/lib/jvm/*; do
        if version=$(minipy_jdk_version "$candidate") && ((version >= 25 && version < best_version)); then
            best=$candidate
            best_version=$version
        fi
    done
    if [[ -z $best ]]; then
        echo "minipy: needs a JDK 25 or newer (JAVA_HOME is ${JAVA_HOME:-unset}, none in /usr/lib/jvm);" \
            "install one, e.g. Temurin 25 from https://adoptium.net, or point JAVA_HOME to it" >&2
        return 1
    fi
    echo "$best"
}

# Prints the feature version (25 for 25.0.3) of the JDK at $1, from its release file; fails if $1 is no JDK.
minipy_jdk_version() {
    local release=$1/release line
    [[ -x $1/bin/java && -x $1/bin/javac && -r $release ]] || return 1
    line=$(grep -m1 '^JAVA_VERSION=' "$release") || return 1
    line=${line#JAVA_VERSION=\"}
    line=${line%%[.\"]*}
    [[ $line =~ ^[0-9]+$ ]] || return 1
    echo "$line"
}
