package org.minipy.bench;

/**
 * Which time the table shows. CPU time (of the whole process: compiler and GC threads count) stays
 * meaningful on a machine shared with other work; wall-clock time is what a user waits for.
 */
enum Clock {
    CPU,
    WALL
}
