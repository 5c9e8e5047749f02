# Runs one command as a whole process, its stdout and stderr into files, and writes what it cost:
# wall-clock seconds, user and system CPU seconds of it and its children, and its peak resident memory
# in KiB. bench/run's whole-process runs go through it.
# Usage: python3 timed.py STDOUT STDERR TIMES COMMAND [ARGS...]
import resource
import subprocess
import sys
import time


def main():
    out, err, times = sys.argv[1:4]
    with open(out, 'wb') as o, open(err, 'wb') as e:
        start = time.perf_counter()
        status = subprocess.run(sys.argv[4:], stdin=subprocess.DEVNULL, stdout=o, stderr=e).returncode
        wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(times, 'w') as t:
        t.write('%f %f %f %d\n' % (wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss))
    sys.exit(status)


main()
