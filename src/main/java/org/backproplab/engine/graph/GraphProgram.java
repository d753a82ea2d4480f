package org.backproplab.engine.graph;

import java.util.List;
import org.backproplab.engine.ScalarGraph;

/**
 * An evaluated graph program: its nodes in evaluation order (the inputs first, then every
 * constant and operation as the program computes it) and its output.
 *
 * @param nodes      every node in evaluation order (each input before the nodes that use it)
 * @param output     the output's node (the last assigned name)
 * @param outputName the output's name
 * @param outputLine the 1-based line where the output is assigned
 */
public record GraphProgram(List<ScalarGraph> nodes, ScalarGraph output, String outputName, int outputLine) {

    /** @param nodes copied */
    public GraphProgram {
        nodes = List.copyOf(nodes);
    }

    /** @return reverse mode from the output, frozen with every node's value and gradient */
    public GraphTrace trace() {
        return GraphTrace.of(nodes, output, outputName, 1);
    }
}
