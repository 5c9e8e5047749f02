"""Regenerates the golden files of the parser tests from CPython 3.13, the oracle.

usage: ~/.pyenv/versions/3.13.0/bin/python3 golden.py cases.txt > golden.jsonl
cases.txt holds Python expressions evaluating to source texts, separated by lines "@@".
Each output line has tab-separated fields: "ast", the JSON-quoted source and the dump, or "error",
the JSON-quoted source, the exception class, the JSON-quoted message, lineno, offset, end_lineno and
end_offset. The dump format is the one AstDump.java writes for minipy's records.
"""
import ast
import json
import struct
import sys

NAMES = {"Expr": "ExprStmt", "List": "ListExpr", "Tuple": "TupleExpr", "Dict": "DictExpr", "Set": "SetExpr",
         "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword", "alias": "Alias", "withitem": "WithItem",
         "comprehension": "Comprehension"}
ENUMS = {"Add": "ADD", "Sub": "SUB", "Mult": "MULT", "Div": "DIV", "FloorDiv": "FLOORDIV", "Mod": "MOD", "Pow": "POW",
         "LShift": "LSHIFT", "RShift": "RSHIFT", "BitOr": "BITOR", "BitXor": "BITXOR", "BitAnd": "BITAND",
         "MatMult": "MATMULT", "Invert": "INVERT", "Not": "NOT", "UAdd": "UADD", "USub": "USUB", "And": "AND",
         "Or": "OR", "Eq": "EQ", "NotEq": "NOT_EQ", "Lt": "LT", "LtE": "LT_E", "Gt": "GT", "GtE": "GT_E", "Is": "IS",
         "IsNot": "IS_NOT", "In": "IN", "NotIn": "NOT_IN", "Load": "LOAD", "Store": "STORE", "Del": "DEL"}
FIELDS = {"Module": ["body"], "FunctionDef": ["name", "args", "body", "decorator_list"],
          "ClassDef": ["name", "bases", "keywords", "body", "decorator_list"], "Return": ["value"],
          "Delete": ["targets"], "Assign": ["targets", "value"], "AugAssign": ["target", "op", "value"],
          "AnnAssign": ["target", "annotation", "value"], "For": ["target", "iter", "body", "orelse"],
          "While": ["test", "body", "orelse"], "If": ["test", "body", "orelse"], "With": ["items", "body"],
          "withitem": ["context_expr", "optional_vars"], "Raise": ["exc", "cause"],
          "Try": ["body", "handlers", "orelse", "finalbody"], "ExceptHandler": ["type", "name", "body"],
          "Assert": ["test", "msg"], "Import": ["names"], "ImportFrom": ["module", "names"],
          "alias": ["name", "asname"], "Global": ["names"], "Nonlocal": ["names"], "Expr": ["value"],
          "Pass": [], "Break": [], "Continue": [],
          "arguments": ["args", "defaults", "vararg", "kwonlyargs", "kw_defaults", "kwarg"], "arg": ["arg"],
          "Constant": ["value"], "Name": ["id", "ctx"], "Attribute": ["value", "attr", "ctx"],
          "Subscript": ["value", "slice", "ctx"], "Slice": ["lower", "upper", "step"], "Starred": ["value", "ctx"],
          "keyword": ["arg", "value"], "Call": ["func", "args", "keywords"], "BinOp": ["left", "op", "right"],
          "UnaryOp": ["op", "operand"], "BoolOp": ["op", "values"], "Compare": ["left", "ops", "comparators"],
          "IfExp": ["test", "body", "orelse"], "Lambda": ["args", "body"], "List": ["elts", "ctx"],
          "Tuple": ["elts", "ctx"], "Dict": ["keys", "values"], "Set": ["elts"],
          "comprehension": ["target", "iter", "ifs"], "ListComp": ["elt", "generators"],
          "SetComp": ["elt", "generators"], "DictComp": ["key", "value", "generators"],
          "GeneratorExp": ["elt", "generators"], "JoinedStr": ["values"],
          "FormattedValue": ["value", "conversion", "format_spec"], "Yield": ["value"], "YieldFrom": ["value"],
          "NamedExpr": ["target", "value"]}


def dump(v, lines):
    if isinstance(v, ast.AST):
        cls = type(v).__name__
        if cls in ENUMS:
            return ENUMS[cls]
        if cls == "arguments":
            fields = [v.posonlyargs + v.args, v.defaults, v.vararg, v.kwonlyargs, v.kw_defaults, v.kwarg, len(v.posonlyargs)]
        elif cls == "ImportFrom":
            fields = ["." * v.level + (v.module or ""), v.names]
        else:
            fields = [getattr(v, f) for f in FIELDS[cls]]
        out = NAMES.get(cls, cls) + "(" + ", ".join(dump(f, lines) for f in fields) + ")"
        if hasattr(v, "lineno") and cls not in ("Module",):
            out += "@%d:%d-%d:%d" % (v.lineno, chars(lines, v.lineno, v.col_offset), v.end_lineno,
                                     chars(lines, v.end_lineno, v.end_col_offset))
        return out
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, lines) for x in v) + "]"
    if v is None or v is True or v is False or v is Ellipsis:
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, bytes):
        return "b'" + v.hex() + "'"
    if isinstance(v, float):
        return "f%d" % struct.unpack("<q", struct.pack("<d", v))[0]
    return str(v)


def chars(lines, lineno, byte_col):
    """CPython's columns count UTF-8 bytes; minipy's count code points."""
    return len(lines[lineno - 1][:byte_col].decode("utf-8")) if lineno <= len(lines) else byte_col


for case in open(sys.argv[1], encoding="utf-8").read().split("\n@@\n"):
    if not case.strip():
        continue
    src = eval(case)
    try:
        compile(src, "f.py", "exec")
        lines = src.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8").split(b"\n")
        print("ast", json.dumps(src), dump(ast.parse(src), lines), sep="\t")
    except SyntaxError as e:
        print("error", json.dumps(src), type(e).__name__, json.dumps(e.msg), e.lineno, e.offset, e.end_lineno,
              e.end_offset, sep="\t")
    except (MemoryError, RecursionError) as e:
        print("skipped, CPython raised", type(e).__name__, "for", repr(src)[:40], file=sys.stderr)
