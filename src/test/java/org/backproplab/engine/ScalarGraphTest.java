package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lecture's computational graph e = (a + b)(b + 1) and an activation node, by hand. */
class ScalarGraphTest {

    @Test
    void lectureGraphAtTwoAndOneHasForwardValuesThreeTwoSixAndDerivativesTwoAndFive() {
        ScalarGraph a = ScalarGraph.leaf("a", 2);
        ScalarGraph b = ScalarGraph.leaf("b", 1);
        ScalarGraph one = ScalarGraph.leaf("1", 1);
        ScalarGraph c = a.add("c", b);
        ScalarGraph d = b.add("d", one);
        ScalarGraph e = c.mul("e", d);
        assertEquals(3.0, c.value(), 0.0);
        assertEquals(2.0, d.value(), 0.0);
        assertEquals(6.0, e.value(), 0.0);
        // local derivatives on the edges: ∂e/∂c = d = 2, ∂e/∂d = c = 3, ∂c/∂a = ∂c/∂b = ∂d/∂b = 1
        assertEquals(2.0, e.localDerivative(0), 0.0);
        assertEquals(3.0, e.localDerivative(1), 0.0);
        assertEquals(1.0, c.localDerivative(0), 0.0);
        assertEquals(1.0, c.localDerivative(1), 0.0);
        assertEquals(1.0, d.localDerivative(0), 0.0);
        e.backward();
        // de/da = ∂e/∂c ∂c/∂a = 2;  de/db = ∂e/∂c ∂c/∂b + ∂e/∂d ∂d/∂b = 2 + 3 = 5 (sum over both paths)
        assertEquals(1.0, e.gradient(), 0.0);
        assertEquals(2.0, c.gradient(), 0.0);
        assertEquals(3.0, d.gradient(), 0.0);
        assertEquals(2.0, a.gradient(), 0.0);
        assertEquals(5.0, b.gradient(), 0.0);
    }

    @Test
    void backwardTwiceGivesTheSameDerivativesBecauseItStartsFromZero() {
        ScalarGraph a = ScalarGraph.leaf("a", 2);
        ScalarGraph b = ScalarGraph.leaf("b", 1);
        ScalarGraph e = a.add("c", b).mul("e", b.add("d", ScalarGraph.leaf("1", 1)));
        e.backward();
        e.backward();
        assertEquals(2.0, a.gradient(), 0.0);
        assertEquals(5.0, b.gradient(), 0.0);
    }

    @Test
    void topologicalOrderPutsEveryInputBeforeTheNodesUsingIt() {
        ScalarGraph a = ScalarGraph.leaf("a", 2);
        ScalarGraph b = ScalarGraph.leaf("b", 1);
        ScalarGraph c = a.add("c", b);
        ScalarGraph d = b.add("d", ScalarGraph.leaf("1", 1));
        ScalarGraph e = c.mul("e", d);
        List<ScalarGraph> order = e.topologicalOrder();
        assertEquals(6, order.size(), "each node once, b shared by two paths");
        for (ScalarGraph n : order) {
            for (ScalarGraph in : n.inputs()) {
                assertTrue(order.indexOf(in) < order.indexOf(n), in.label() + " before " + n.label());
            }
        }
        assertEquals(e, order.get(order.size() - 1));
    }

    @Test
    void sigmoidNodeHasDerivativeSigmaTimesOneMinusSigma() {
        // s = σ(w x) with w = ln 3, x = 1: σ(ln 3) = 3/4; ds/dz = 3/4 · 1/4 = 3/16; ds/dw = x · 3/16, ds/dx = w · 3/16
        ScalarGraph w = ScalarGraph.leaf("w", Math.log(3));
        ScalarGraph x = ScalarGraph.leaf("x", 1);
        ScalarGraph z = w.mul("z", x);
        ScalarGraph s = z.apply("s", Activation.SIGMOID);
        assertEquals(0.75, s.value(), 1e-15);
        assertEquals(0.1875, s.localDerivative(0), 1e-15);
        s.backward();
        assertEquals(0.1875, w.gradient(), 1e-15);
        assertEquals(Math.log(3) * 0.1875, x.gradient(), 1e-15);
    }

    @Test
    void tanhNodeHasDerivativeOneMinusTanhSquared() {
        // tanh(ln 2) = (4 − 1)/(4 + 1) = 0.6; derivative 1 − 0.36 = 0.64
        ScalarGraph z = ScalarGraph.leaf("z", Math.log(2));
        ScalarGraph t = z.apply("t", Activation.TANH);
        t.backward();
        assertEquals(0.6, t.value(), 1e-15);
        assertEquals(0.64, z.gradient(), 1e-15);
    }
}
