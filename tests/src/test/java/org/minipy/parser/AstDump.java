package org.minipy.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;

import org.minipy.parser.ast.Expr;
import org.minipy.parser.ast.Pos;

/**
 * Writes an AST in the format golden.py writes CPython's: Kind(fields...)@line:col-endLine:endCol,
 * strings as JSON, floats as their IEEE bits, so that trees compare as text.
 */
final class AstDump {

    private AstDump() {
    }

    static String dump(Object v) {
        StringBuilder sb = new StringBuilder();
        dump(v, sb);
        return sb.toString();
    }

    private static void dump(Object v, StringBuilder sb) {
        switch (v) {
            case null -> sb.append("None");
            case Expr.NoneValue n -> sb.append("None");
            case Expr.EllipsisValue e -> sb.append("Ellipsis");
            case Boolean b -> sb.append(b ? "True" : "False");
            case Long l -> sb.append(l);
            case Integer i -> sb.append(i);
            case BigInteger b -> sb.append(b);
            case Double d -> sb.append('f').append(Double.doubleToRawLongBits(d));
            case String s -> json(s, sb);
            case byte[] b -> sb.append("b'").append(HexFormat.of().formatHex(b)).append('\'');
            case Enum<?> e -> sb.append(e.name());
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    sb.append(i > 0 ? ", " : "");
                    dump(list.get(i), sb);
                }
                sb.append(']');
            }
            case Record r -> record(r, sb);
            default -> throw new IllegalArgumentException(v.getClass().getName());
        }
    }

    private static void record(Record r, StringBuilder sb) {
        sb.append(r.getClass().getSimpleName()).append('(');
        Pos pos = null;
        boolean first = true;
        try {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object value = c.getAccessor().invoke(r);
                if (c.getName().equals("pos")) {
                    pos = (Pos) value;
                    continue;
                }
                sb.append(first ? "" : ", ");
                first = false;
                dump(value, sb);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        sb.append(')');
        if (pos != null) {
            sb.append('@').append(pos.line()).append(':').append(pos.col()).append('-').append(pos.endLine()).append(':').append(pos.endCol());
        }
    }

    /** As Python's json.dumps with ensure_ascii. */
    private static void json(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
