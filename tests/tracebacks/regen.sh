#!/usr/bin/env bash
# Regenerates the expected stderr (.stderr) of the traceback layout scripts from CPython: each script
# runs from this directory by its bare name, and the directory is cut from the File lines.
set -u
CPYTHON=${CPYTHON:-$HOME/.pyenv/versions/3.13.0/bin/python3}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here" || exit 2
if [ $# -eq 0 ]; then
    set -- *.py
fi
for script in "$@"; do
    name=$(basename "$script" .py)
    PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 "$CPYTHON" "$name.py" > /dev/null 2> "$name.stderr.tmp"
    sed "s|File \"$here/|File \"|" "$name.stderr.tmp" > "$name.stderr"
    rm -f "$name.stderr.tmp"
done
