package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.graph.GraphTrace;

/**
 * One unit of a network for the first sample of the batch, as its scalar computational graph,
 * built from the pass's own numbers: inputs x_i (the previous layer's activations), weights
 * w_i, the products w_i·x_i, their sum, the bias b, z, the activation a = g(z) and, for an
 * output unit with an element-wise loss, that unit's term of the batch-averaged loss,
 * J = loss(a, t) / n. A hidden unit's graph ends at a and starts its backward pass from the
 * network's ∂J/∂a; a softmax or perceptron output unit's (or a saturated output's, whose ∂J/∂y is
 * infinite) ends at z and starts from δ = ∂J/∂z.
 * So every gradient in the graph is ∂J/∂node of the network's own J, the weights' being the
 * first sample's share of ∂J/∂w (all of it for a batch of one).
 */
public final class NeuronGraph {
    private NeuronGraph() {
    }

    /**
     * @param parameters the parameters the pass was computed with
     * @param pass       the pass (first sample: row 0)
     * @param layer      1-based layer of the unit (1..L)
     * @param unit       the unit within it
     * @return the unit's graph, forward and backward done
     * @throws IllegalArgumentException for a layer or unit out of range
     */
    public static GraphTrace of(Parameters parameters, Pass pass, int layer, int unit) {
        Architecture arch = parameters.architecture();
        if (layer < 1 || layer > arch.layerCount() || unit < 0 || unit >= arch.unitsOf(layer - 1)) {
            throw new IllegalArgumentException("no unit " + unit + " in layer " + layer);
        }
        int l = layer - 1;
        int in = arch.inputsOf(l);
        int out = arch.unitsOf(l);
        double[] x = l == 0 ? pass.inputs().row(0) : pass.layers().get(l - 1).activation().row(0);
        String xName = l == 0 ? "x" : "h";
        List<ScalarGraph> nodes = new ArrayList<>();
        for (int i = 0; i < in; i++) {
            ScalarGraph xi = ScalarGraph.leaf(xName + (i + 1), x[i]);
            ScalarGraph wi = ScalarGraph.leaf("w" + (i + 1), parameters.weightsOf(l)[i * out + unit]);
            nodes.add(xi);
            nodes.add(wi);
        }
        // z = Σ_i w_i x_i (+ b)
        ScalarGraph sum = null;
        for (int i = 0; i < in; i++) {
            ScalarGraph p = nodes.get(2 * i + 1).mul(null, nodes.get(2 * i));
            nodes.add(p);
            if (sum != null) {
                sum = sum.add(null, p);
                nodes.add(sum);
            } else {
                sum = p;
            }
        }
        if (arch.bias()) {
            ScalarGraph b = ScalarGraph.leaf("b", parameters.biasesOf(l)[unit]);
            nodes.add(b);
            sum = sum.add(null, b);
            nodes.add(sum);
        }
        ScalarGraph z = sum.named("z");
        nodes.set(nodes.size() - 1, z);
        Activation g = arch.activations().get(l);
        boolean output = layer == arch.layerCount();
        // a saturated output's dJ/dy is infinite where g' is 0: the pass's fused δ = (y − t)/n is the number
        boolean saturated = output && !Double.isFinite(pass.layers().get(l).dLossDActivation().get(0, unit));
        if (g == Activation.SOFTMAX || (output && arch.loss() == Loss.PERCEPTRON) || saturated) {
            return GraphTrace.of(nodes, z, "z", pass.layers().get(l).dLossDPreActivation().get(0, unit));
        }
        ScalarGraph a = z.apply(output ? "y" : "a", g);
        nodes.add(a);
        if (!output) {
            return GraphTrace.of(nodes, a, "a", pass.layers().get(l).dLossDActivation().get(0, unit));
        }
        // J = loss(y, t) / n: this output's term of the batch-averaged loss, for the first sample
        Loss loss = arch.loss();
        double t = pass.targets().get(0, unit);
        double n = pass.inputs().rows();
        ScalarGraph j = a.apply(out == 1 ? "J" : "J" + (unit + 1), loss.id(),
                y -> loss.sampleValue(y, t) / n, y -> loss.sampleGradient(y, t) / n);
        nodes.add(j);
        return GraphTrace.of(nodes, j, j.label(), 1);
    }
}
