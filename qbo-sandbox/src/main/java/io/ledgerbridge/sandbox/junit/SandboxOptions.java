package io.ledgerbridge.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Options for the sandbox {@link QboSandboxExtension} starts for a test class. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SandboxOptions {
    /** Divides every throttle window (the limits stay 500/10/10/40); 1 is Intuit's real pace. */
    double timeScale() default 1.0;

    /**
     * Latency of every Accounting API and OAuth answer, in {@link io.ledgerbridge.sandbox.LatencyModel#parse} form:
     * {@code off} (the default), {@code intuit}, {@code 250ms} or {@code 300ms,2s}; divided by the time scale.
     */
    String latency() default "off";

    /** A seed file on the classpath (seed file format); empty for the default seed. */
    String seedResource() default "";
}
