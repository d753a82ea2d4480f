package org.backproplab.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.backproplab.engine.Pass;
import org.backproplab.io.GraphLab;
import org.backproplab.io.GraphTraceWriter;
import org.backproplab.io.LabDocument;
import org.backproplab.io.LabFile;
import org.backproplab.io.TraceWriter;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.TrainingSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trace LAB [--steps N]}: runs N iterations (default: the lab's epochs × iterations
 * per epoch) in data order and prints each pass and the parameters after its update as JSON;
 * for a graph lab, prints its graph trace ({@code backprop-lab/graph-trace-1}).
 */
@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print every pass (forward values, gradients, weights after the update) as JSON"
                + " (backprop-lab/trace-1); for a graph lab, its graph trace (backprop-lab/graph-trace-1).")
final class TraceCommand implements Callable<Integer> {
    private final PrintStream out;

    @Parameters(paramLabel = "LAB", description = "the lab file (backprop-lab/1 JSON)")
    private String lab;

    @Option(names = "--steps", paramLabel = "N", converter = OptionTypes.Count.class,
            description = "iterations to trace (default: the lab's epochs × iterations per epoch)")
    private Integer steps;

    TraceCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        LabDocument document = LabFiles.readDocument(lab);
        if (document instanceof GraphLab graph) {
            GraphTraceWriter.write(graph.trace(), out);
            return 0;
        }
        LabFile labFile = (LabFile) document;
        LabRun run = LabFiles.start(labFile);
        TrainingSession session = run.session();
        long n = steps != null ? steps : CommandBudget.defaultSteps(labFile, session.iterationsPerEpoch());
        CommandBudget.checkTrace(labFile, run, n, steps != null);
        try (TraceWriter trace = new TraceWriter(out)) {
            for (int s = 1; s <= n; s++) {
                Pass pass = session.iterate(true);
                trace.writeStep(s, pass, session.network().parameters());
            }
        }
        out.flush();
        return 0;
    }
}
