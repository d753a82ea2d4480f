package org.backproplab.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.backproplab.io.TraceWriter;
import org.backproplab.sim.Snapshot;

/**
 * The current iteration of a run in the {@code backprop-lab/trace-1} format of {@code trace}: one
 * step with the pass and the parameters after its update.
 */
public final class PassJson {
    private PassJson() {
    }

    /**
     * @param s a snapshot
     * @return why its pass cannot be exported yet, or null when it can
     */
    public static String problem(Snapshot s) {
        if (s == null || s.pass() == null) {
            return "no iteration has been computed yet: step into one first";
        }
        if (!s.phase().updated()) {
            return "the iteration is not finished: step on through its update, so that the weights after it are known";
        }
        return null;
    }

    /**
     * @param s a snapshot whose {@link #problem} is null
     * @return the trace JSON of its iteration
     */
    public static String of(Snapshot s) {
        String problem = problem(s);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceWriter trace = new TraceWriter(out)) {
            trace.writeStep(s.iteration() + 1, s.pass(), s.parameters());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
