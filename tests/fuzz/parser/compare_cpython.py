#!/usr/bin/env python3
"""Compares minipy's verdict on each dumped parser-fuzz input with CPython's compile().

Usage: compare_cpython.py DUMP_DIR  (run it with CPython 3.13; see README.md in this folder)

DUMP_DIR holds the inputs (NNNNNNNN.py) and outcomes.tsv, both written by ParserFuzzTest with
-Dfuzz.parser.dump=DUMP_DIR. For each input the verdicts are: both accept, both refuse, minipy
refuses a program CPython accepts (often a feature outside the subset), and minipy accepts a program
CPython refuses (always a bug). Where both refuse, it also counts how often the error's class and
line agree. Prints the counts, then up to --show examples of each kind of disagreement.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import warnings


def cpython_file_verdict(path):
    """For source with a NUL: compile() of a string reports it without a line, a script's file with one."""
    r = subprocess.run([sys.executable, "-I", path], capture_output=True, text=True, errors="replace", timeout=60)
    lines = r.stderr.splitlines()
    line = next((int(m.group(1)) for m in map(re.compile(r'  File ".*", line (\d+)').match, lines) if m), 0)
    error_class, _, message = lines[-1].partition(": ") if lines else ("", "", "")
    return False, error_class, line, message


def cpython_verdict(text):
    """(accepted, error class, line, message) for compile() in "exec" mode, as the launcher's file would be run."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(text, "fuzz.py", "exec", dont_inherit=True)
        return True, "", 0, ""
    except SyntaxError as e:
        return False, type(e).__name__, e.lineno or 0, e.msg
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        # CPython's own limits ("too many statically nested blocks"...) end compile() this way
        return False, type(e).__name__, 0, str(e)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dump")
    ap.add_argument("--show", type=int, default=5, help="examples printed for each kind of disagreement")
    args = ap.parse_args()
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    sys.setrecursionlimit(10000)
    with open(os.path.join(args.dump, "outcomes.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for name, kind, mp_class, mp_line, mp_message in rows:
        with open(os.path.join(args.dump, name), encoding="utf-8") as f:
            text = f.read()
        if kind not in ("ACCEPTED", "SYNTAX_ERROR"):
            counts["minipy finding (crash or timeout)"] += 1
            examples["minipy finding (crash or timeout)"].append(name)
            continue
        path = os.path.join(args.dump, name)
        ok, py_class, py_line, py_message = cpython_file_verdict(path) if "\0" in text else cpython_verdict(text)
        mp_ok = kind == "ACCEPTED"
        if ok and mp_ok:
            counts["both accept"] += 1
        elif not ok and not mp_ok:
            counts["both refuse"] += 1
            if py_class != mp_class:
                key = "both refuse, error class differs"
                examples[key].append(f"{name}: CPython {py_class} line {py_line} {py_message!r}, minipy line {mp_line} {mp_message!r}")
                counts[key] += 1
            elif py_line != int(mp_line):
                key = "both refuse, line differs"
                examples[key].append(f"{name}: CPython line {py_line} {py_message!r}, minipy line {mp_line} {mp_message!r}")
                counts[key] += 1
            else:
                counts["both refuse, same class and line"] += 1
        elif ok:
            key = "CPython accepts, minipy refuses"
            counts[key] += 1
            examples[key].append(f"{name}: minipy line {mp_line} {mp_message!r}")
        else:
            key = "CPython refuses, minipy accepts (bug)"
            counts[key] += 1
            examples[key].append(f"{name}: CPython {py_class} line {py_line} {py_message!r}")
    total = len(rows)
    print(f"{total} inputs")
    for key, n in sorted(counts.items()):
        print(f"  {key}: {n} ({100.0 * n / max(total, 1):.1f}%)")
    for key, items in sorted(examples.items()):
        print(f"\n{key}, first {min(args.show, len(items))}:")
        for item in items[: args.show]:
            print("  " + item)


if __name__ == "__main__":
    main()
