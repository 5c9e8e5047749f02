package org.minipy.bench;

/**
 * Which time the table shows. CPU time (of the thread running the workload, which also compiles, plus
 * garbage collection; of the whole process for a cold run) stays meaningful on a machine shared with
 * other work; wall-clock time is what a user waits for.
 */
enum Clock {
    CPU,
    WALL
}
