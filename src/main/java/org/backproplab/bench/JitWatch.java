package org.backproplab.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Watches the JIT compilers' total working time, so that a benchmark can warm up until the
 * compilers have settled (code measured before its final compilation runs many times slower,
 * and a loaded machine can delay that compilation by seconds).
 */
public final class JitWatch {
    private long compileMillis;
    private long quietSince;

    /** @param nowNanos the current {@link System#nanoTime} */
    public JitWatch(long nowNanos) {
        compileMillis = compilationMillis();
        quietSince = nowNanos;
    }

    /**
     * Notes the compilers' state; call it regularly.
     *
     * @param nowNanos the current {@link System#nanoTime}
     * @return nanoseconds since the compilers last did any work (as far as calls to this saw)
     */
    public long quietNanos(long nowNanos) {
        long compiled = compilationMillis();
        if (compiled != compileMillis) {
            compileMillis = compiled;
            quietSince = nowNanos;
        }
        return nowNanos - quietSince;
    }

    // total time the JIT compilers have worked so far (−1 where the JVM does not tell)
    private static long compilationMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }
}
