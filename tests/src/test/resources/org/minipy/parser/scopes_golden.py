"""Regenerates scope_golden.tsv from CPython 3.11's symtable module: 3.11 is the last version whose
comprehensions have scopes of their own, the semantics minipy's ScopeAnalyzer follows.

usage: python3.11 scopes_golden.py cases.txt > scope_golden.tsv  (cases as for golden.py)
Each line: the JSON-quoted source, then one tab-separated field per scope, depth first:
KIND name sym=BINDING ... with symbols sorted; module symbols are left out (all are globals).
"""
import json
import symtable
import sys

BINDINGS = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def walk(table, out):
    kind = table.get_type().upper()
    syms = sorted((s.get_name(), BINDINGS[s._Symbol__scope]) for s in table.get_symbols())
    if kind == "CLASS":
        syms = [(n, "CLASS_LOCAL" if b == "LOCAL" else b) for n, b in syms]
    if kind == "MODULE":
        syms = []
    out.append(" ".join([kind, table.get_name()] + ["%s=%s" % s for s in syms]))
    for child in table.get_children():
        walk(child, out)


for case in open(sys.argv[1], encoding="utf-8").read().split("\n@@\n"):
    if case.strip():
        src = eval(case)
        scopes = []
        walk(symtable.symtable(src, "f.py", "exec"), scopes)
        print(json.dumps(src), *scopes, sep="\t")
