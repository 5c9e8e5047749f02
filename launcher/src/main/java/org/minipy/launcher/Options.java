package org.minipy.launcher;

import java.util.Arrays;
import java.util.List;

/**
 * The command line, parsed as CPython's {@code Modules/main.c} and {@code Python/getopt.c} do: short options may
 * be grouped ({@code -qi}), {@code -c} takes the rest of its word or the next one, and the first non-option word
 * (or {@code -c}'s code) ends the options, everything after it going to {@code sys.argv}.
 *
 * @param command     the program given with {@code -c}, or null
 * @param module      the module given with {@code -m}, which runs as {@code __main__}, or null
 * @param script      the script path as given, {@code "-"} for stdin, or null when neither a script nor {@code -c}
 *                    was given
 * @param arguments   {@code sys.argv[1:]}
 * @param inspect     {@code -i}: enter the REPL after the program, even if stdin is not a terminal
 * @param quiet       {@code -q}: no banner in the REPL
 * @param help        {@code -h}, {@code -?}, {@code --help}
 * @param version     {@code -V}, {@code --version}
 */
record Options(String command, String module, String script, List<String> arguments, boolean inspect, boolean quiet, boolean help,
               boolean version) {

    static final String USAGE_LINE = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String HELP = USAGE_LINE + """

            Options:
            -c cmd : program passed in as string (terminates option list)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script; forces a prompt even
                     if stdin does not appear to be a terminal
            -m mod : run library module as a script (terminates option list)
            -q     : don't print version messages on interactive startup
            -V     : print the minipy version number and exit (also --version)

            Arguments:
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;

    /** A command line CPython would reject; the message is CPython's first line of the complaint. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] args) throws UsageException {
        boolean inspect = false;
        boolean quiet = false;
        boolean help = false;
        boolean version = false;
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            i++;
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                switch (arg) {
                    case "--help" -> help = true;
                    case "--version" -> version = true;
                    default -> throw new UsageException("unknown option " + arg);
                }
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char option = arg.charAt(j);
                switch (option) {
                    case 'c' -> {
                        String command;
                        if (j + 1 < arg.length()) {
                            command = arg.substring(j + 1);
                        } else if (i < args.length) {
                            command = args[i++];
                        } else {
                            throw new UsageException("Argument expected for the -c option");
                        }
                        return new Options(command, null, null, rest(args, i), inspect, quiet, help, version);
                    }
                    case 'm' -> {
                        String module;
                        if (j + 1 < arg.length()) {
                            module = arg.substring(j + 1);
                        } else if (i < args.length) {
                            module = args[i++];
                        } else {
                            throw new UsageException("Argument expected for the -m option");
                        }
                        return new Options(null, module, null, rest(args, i), inspect, quiet, help, version);
                    }
                    case 'i' -> inspect = true;
                    case 'q' -> quiet = true;
                    case 'h', '?' -> help = true;
                    case 'V' -> version = true;
                    default -> throw new UsageException("Unknown option: -" + option);
                }
            }
        }
        String script = i < args.length ? args[i++] : null;
        return new Options(null, null, script, rest(args, i), inspect, quiet, help, version);
    }

    private static List<String> rest(String[] args, int from) {
        return List.copyOf(Arrays.asList(args).subList(from, args.length));
    }

    /**
     * CPython's {@code sys.argv}: the script as given, {@code '-c'} or {@code '-'}, or {@code ''} for the REPL; for
     * {@code -m}, {@code '-m'} until the module is found and its file takes the place.
     */
    String[] argv() {
        String first = command != null ? "-c" : module != null ? "-m" : script != null ? script : "";
        String[] argv = new String[arguments.size() + 1];
        argv[0] = first;
        for (int k = 0; k < arguments.size(); k++) {
            argv[k + 1] = arguments.get(k);
        }
        return argv;
    }
}
