# Runs one workload warm on CPython as bench's WarmRunner does on minipy and GraalPy: the file once,
# then print(bench()) for the warm-up and timed iterations; prints one RunResult line.
# CPython has no JIT to wait for: it takes the minimum number of warm-up iterations.
# Usage: python3 cpython_driver.py WARMUPS MAX_WARMUPS WARMUP_SECONDS RUNS TIMED_SECONDS TIMEOUT_SECONDS FILE [ARGS...]
import base64
import io
import sys
import time


def b64(text):
    return base64.b64encode(text.encode()).decode()


def main():
    warmups, _, warmup_seconds, runs, timed_seconds = (int(a) for a in sys.argv[1:6])
    path = sys.argv[7]
    sys.argv = sys.argv[7:]
    with open(path) as f:
        code = compile(f.read(), path, 'exec')
    again = compile('print(bench())', 'bench-iteration', 'exec')
    namespace = {'__name__': '__main__'}
    real_stdout = sys.stdout
    sys.stdout = captured = io.StringIO()
    # what a workload prints on stderr (the rounds of 11_rounds.py) is not its checksum
    sys.stderr = io.StringIO()
    try:
        exec(code, namespace)
        checksum = captured.getvalue()
        end = time.thread_time() + warmup_seconds
        for i in range(warmups):
            if i > 0 and time.thread_time() >= end:
                break
            captured.seek(0)
            captured.truncate()
            exec(again, namespace)
            if captured.getvalue() != checksum:
                raise RuntimeError('bench() printed %s after %s' % (captured.getvalue().strip(), checksum.strip()))
        wall, cpu = [], []
        end = time.thread_time() + timed_seconds
        for i in range(runs):
            if i > 0 and time.thread_time() >= end:
                break
            captured.seek(0)
            captured.truncate()
            c, w = time.thread_time(), time.perf_counter()
            exec(again, namespace)
            wall.append((time.perf_counter() - w) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
            if captured.getvalue() != checksum:
                raise RuntimeError('bench() printed %s after %s' % (captured.getvalue().strip(), checksum.strip()))
    except Exception as e:
        sys.stdout = real_stdout
        print('error\t' + b64('%s: %s' % (type(e).__name__, e)))
        return
    sys.stdout = real_stdout
    print('ok\t%s\t%s\t%s' % (b64(checksum), ','.join(map(str, wall)), ','.join(map(str, cpu))))


main()
