package org.backproplab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.backproplab.engine.Pass;
import org.backproplab.io.GraphLab;
import org.backproplab.io.GraphTraceWriter;
import org.backproplab.io.LabDocument;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.io.TraceWriter;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.TrainingSession;

/**
 * {@code trace LAB [--steps N]}: runs N iterations (default: the lab's epochs × iterations
 * per epoch) in data order and prints each pass and the parameters after its update as JSON;
 * for a graph lab, prints its graph trace ({@code backprop-lab/graph-trace-1}).
 */
final class TraceCommand {
    private TraceCommand() {
    }

    static int run(Arguments args, PrintStream out) {
        LabDocument document = LabReader.readDocument(Path.of(args.onlyPositional("lab file")));
        if (document instanceof GraphLab graph) {
            GraphTraceWriter.write(graph.trace(), out);
            return 0;
        }
        LabFile lab = (LabFile) document;
        LabRun run = LabRun.start(lab);
        TrainingSession session = run.session();
        int steps = args.intOption("--steps", lab.training().epochs() * session.iterationsPerEpoch(), 0);
        try (TraceWriter trace = new TraceWriter(out)) {
            for (int s = 1; s <= steps; s++) {
                Pass pass = session.iterate(true);
                trace.writeStep(s, pass, session.network().parameters());
            }
        }
        out.flush();
        return 0;
    }
}
