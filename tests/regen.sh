#!/usr/bin/env bash
# Regenerates the expected output of the conformance scripts from CPython.
#
#   tests/regen.sh                      every tests/conformance/**/*.py
#   tests/regen.sh path/to/a.py ...     only the given scripts
#
# Each script runs from its own directory, named by its bare file name, as a
# user would run it; the environment is fixed so that output does not depend
# on the caller's shell. For each script:
#   .out   stdout, byte for byte (always written)
#   .err   the last line of stderr, written iff the exit status is 1
#   .exit  the exit status, written iff it is neither 0 nor 1
# Stale .err/.exit files are deleted. Scripts whose first line starts with
# "# 3.14:" carry hand-checked 3.14 expectations and are skipped unless
# FORCE=1. The oracle is CPython 3.13 unless $CPYTHON names another binary.
set -u

CPYTHON=${CPYTHON:-$HOME/.pyenv/versions/3.13.0/bin/python3}
TIMEOUT=${TIMEOUT:-60}
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -x "$CPYTHON" ]; then
    echo "regen.sh: no CPython at $CPYTHON (set \$CPYTHON)" >&2
    exit 2
fi

if [ $# -gt 0 ]; then
    scripts=("$@")
else
    mapfile -t scripts < <(find "$here/conformance" -name '*.py' | LC_ALL=C sort)
fi

failures=0
written=0
skipped=0
for script in "${scripts[@]}"; do
    if [ ! -f "$script" ]; then
        echo "regen.sh: no such script: $script" >&2
        failures=$((failures + 1))
        continue
    fi
    dir=$(cd "$(dirname "$script")" && pwd)
    name=$(basename "$script")
    base="$dir/${name%.py}"
    if [ -z "${FORCE:-}" ] && head -n 1 "$script" | grep -q '^# 3\.14:'; then
        skipped=$((skipped + 1))
        continue
    fi
    stderr_file=$(mktemp)
    (cd "$dir" && env -i PATH=/usr/bin:/bin HOME="$HOME" \
        PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1 \
        timeout "$TIMEOUT" "$CPYTHON" "$name" </dev/null >"$base.out.new" 2>"$stderr_file")
    status=$?
    case $status in
        0)
            rm -f "$base.err" "$base.exit"
            ;;
        1)
            last=$(tail -n 1 "$stderr_file")
            if [ -z "$last" ]; then
                echo "regen.sh: $script exited 1 with an empty last stderr line" >&2
                rm -f "$base.out.new" "$stderr_file"
                failures=$((failures + 1))
                continue
            fi
            printf '%s\n' "$last" >"$base.err"
            rm -f "$base.exit"
            ;;
        12[4-9] | 1[3-9][0-9] | 2[0-9][0-9])
            # timeout, not executable, or killed by a signal: not an expectation
            echo "regen.sh: $script: CPython failed with status $status; expectations left alone" >&2
            rm -f "$base.out.new" "$stderr_file"
            failures=$((failures + 1))
            continue
            ;;
        *)
            echo "regen.sh: note: $script exits with status $status (recorded in ${name%.py}.exit)" >&2
            printf '%s\n' "$status" >"$base.exit"
            rm -f "$base.err"
            ;;
    esac
    mv "$base.out.new" "$base.out"
    rm -f "$stderr_file"
    size=$(stat -c %s "$base.out")
    if [ "$size" -gt 20000 ]; then
        echo "regen.sh: warning: $script prints $size bytes (keep outputs under 20 KB)" >&2
    fi
    written=$((written + 1))
done

echo "regen.sh: $written regenerated, $skipped skipped (# 3.14:), $failures failed" >&2
[ "$failures" -eq 0 ]
