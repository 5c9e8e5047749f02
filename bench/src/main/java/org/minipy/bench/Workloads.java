package org.minipy.bench;

import java.util.ArrayList;
import java.util.List;

import org.minipy.bench.Workload.Kind;

/** The rows of the table, issue 7's list, at the full sizes or scaled down for a quick run. */
final class Workloads {
    private static final long MIB = 1024 * 1024;

    private Workloads() {
    }

    static List<Workload> all(boolean quick) {
        long loop = quick ? 1_000_000 : 10_000_000;
        long records = quick ? 200_000 : 2_000_000;
        long slices = quick ? 200_000 : 1_000_000;
        List<Workload> rows = new ArrayList<>();
        rows.add(count("01_iter_array_d", loop, Kind.BUFFER_LOOP));
        rows.add(count("02_index_B", loop, Kind.BUFFER_LOOP));
        rows.add(count("02_index_cast_i", loop, Kind.BUFFER_LOOP));
        rows.add(count("03_write_bytearray", loop, Kind.BUFFER_LOOP));
        rows.add(count("04_nested_2d", loop, Kind.BUFFER_LOOP));
        for (long size : new long[]{64 * 1024, 64 * MIB}) {
            rows.add(new Workload("05_slice", file("05_slice"), bytes(size) + ", " + power(slices) + " slices",
                            List.of("" + size, "" + slices), Kind.SLICE, 0));
        }
        for (long n : quick ? new long[]{10_000, 100_000} : new long[]{100_000, 1_000_000}) {
            rows.add(count("05_slice_shrink", n, Kind.SLICE));
        }
        for (String copy : new String[]{"bytes", "tobytes", "bytearray"}) {
            rows.add(new Workload("06_copy " + copy, file("06_copy"), bytes(64 * MIB), List.of("" + 64 * MIB, copy), Kind.COPY, 64 * MIB));
        }
        rows.add(count("07_struct_unpack_from", records, Kind.BUFFER_LOOP));
        rows.add(count("07_struct_pack_into", records, Kind.BUFFER_LOOP));
        rows.add(count("08_array_append", loop, Kind.BUFFER_LOOP));
        rows.add(count("08_array_frombytes", loop, Kind.COPY, 4 * loop));
        rows.add(new Workload("09_compare_formats", file("09_compare_formats"), bytes((quick ? 4 : 16) * MIB),
                        List.of("" + (quick ? 4 : 16) * MIB), Kind.BUFFER_LOOP, 0));
        for (String pure : new String[]{"10_nested_loops", "10_function_calls", "10_method_calls", "10_list_work", "10_dict_work", "12_user_dunders"}) {
            rows.add(count(pure, loop, Kind.PURE_PYTHON));
        }
        rows.add(count("13_generators", records, Kind.PURE_PYTHON));
        // the same size at --quick: its rounds show when the JIT takes over in a process of a given length
        rows.add(count("11_rounds", 1_000_000, Kind.BUFFER_LOOP));
        return rows;
    }

    private static Workload count(String name, long n, Kind kind) {
        return count(name, n, kind, 0);
    }

    private static Workload count(String name, long n, Kind kind, long copyBytes) {
        return new Workload(name, file(name), power(n), List.of("" + n), kind, copyBytes);
    }

    private static String file(String name) {
        return "bench/workloads/" + name + ".py";
    }

    /** 1000000 as 10^6, 2000000 as 2x10^6. */
    static String power(long n) {
        int exponent = 0;
        long mantissa = n;
        while (mantissa % 10 == 0 && mantissa > 0) {
            mantissa /= 10;
            exponent++;
        }
        if (exponent < 3) {
            return Long.toString(n);
        }
        return (mantissa == 1 ? "" : mantissa + "x") + "10^" + exponent;
    }

    static String bytes(long n) {
        return n % MIB == 0 ? n / MIB + " MiB" : n % 1024 == 0 ? n / 1024 + " KiB" : n + " B";
    }
}
