package org.minipy.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.minipy.runtime.PythonBuiltinClassType;

/**
 * Marks a {@link PythonBuiltins} container: the class whose methods it defines, or the module whose
 * functions it defines ("builtins" for the builtins module).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CoreFunctions {
    PythonBuiltinClassType[] extendClasses() default {};

    String defineModule() default "";
}
