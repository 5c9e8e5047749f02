package org.minipy.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin function or method implemented by the annotated node class. Parameters left out
 * by the caller arrive as {@link org.minipy.runtime.PNone#NO_VALUE} unless {@link #minArgs()} makes
 * them required. Methods name their receiver as the first parameter ("self").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    /** Positional-or-keyword parameters, in order. */
    String[] parameters() default {};

    /** How many leading parameters are positional-only (most C builtins are). -1: all of them. */
    int positionalOnly() default -1;

    /** How many leading parameters must be given; -1: all of {@link #parameters()}. */
    int minArgs() default -1;

    String[] keywordOnly() default {};

    /** Name of the {@code *args} collector, bound as a tuple after the parameters, or empty. */
    String varArgs() default "";

    /** Name of the {@code **kwargs} collector, bound as a dict, or empty. */
    String varKeywords() default "";

    /** A static method ({@code bytes.fromhex}, {@code int.from_bytes}): bound to the class, not an instance. */
    boolean isClassmethod() default false;

    /** A read-only attribute computed by the node from self ({@code slice.start}, {@code memoryview.nbytes}). */
    boolean isGetter() default false;
}
