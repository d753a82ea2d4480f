package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ejml.simple.SimpleMatrix;

/**
 * The engine's {@link Pass} against backpropagation in matrix form ({@link MatrixFormBackprop},
 * EJML, as the lecture writes it) on random networks: any depth up to four layers, every hidden
 * activation, every output activation with each loss it allows, with and without biases and L2.
 * jqwik shrinks a failure to a minimal network (fewest layers, units and samples, seed 0).
 */
class MatrixFormOracleTest {
    private static final double TOLERANCE = 1e-9;

    /** A hidden layer: its width and activation. */
    record HiddenLayer(int width, Activation activation) {
    }

    /** An output activation with a loss it allows. */
    record Output(Activation activation, Loss loss) {
    }

    @Provide
    Arbitrary<HiddenLayer> hiddenLayer() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.of(Activation.hiddenChoices()))
                .as(HiddenLayer::new);
    }

    @Provide
    Arbitrary<Output> output() {
        List<Output> allowed = new ArrayList<>();
        for (Activation g : Activation.values()) {
            for (Loss loss : Loss.values()) {
                try {
                    new Architecture(List.of(1, 2), List.of(g), false, loss);
                    allowed.add(new Output(g, loss));
                } catch (IllegalArgumentException notAllowed) {
                    // that pair is refused by the architecture
                }
            }
        }
        return Arbitraries.of(allowed);
    }

    @Property(tries = 400)
    void enginePassEqualsTheLecturesMatrixForm(
            @ForAll @IntRange(min = 1, max = 5) int inputs,
            @ForAll @Size(max = 3) List<@From("hiddenLayer") HiddenLayer> hidden,
            @ForAll("output") Output output,
            @ForAll @IntRange(min = 1, max = 5) int outputs,
            @ForAll boolean bias,
            @ForAll @IntRange(min = 1, max = 8) int batch,
            @ForAll boolean withL2,
            @ForAll long seed) {
        List<Integer> sizes = new ArrayList<>(List.of(inputs));
        List<Activation> activations = new ArrayList<>();
        for (HiddenLayer h : hidden) {
            sizes.add(h.width());
            activations.add(h.activation());
        }
        // a softmax over one unit is the constant 1
        sizes.add(output.activation() == Activation.SOFTMAX ? Math.max(2, outputs) : outputs);
        activations.add(output.activation());
        Architecture arch = new Architecture(sizes, activations, bias, output.loss());
        Random rnd = new Random(seed);
        Parameters p = new Parameters(arch);
        for (int l = 0; l < arch.layerCount(); l++) {
            fill(p.weightsOf(l), rnd, 0.9);
            if (bias) {
                fill(p.biasesOf(l), rnd, 0.5);
            }
        }
        double[][] x = RandomNetworks.gaussian(rnd, batch, inputs, 1.0);
        double[][] t = RandomNetworks.targets(rnd, output.loss().id(), batch, arch.outputSize());
        double l2 = withL2 ? 0.03 : 0;

        MatrixFormBackprop.Result want = MatrixFormBackprop.compute(p, x, t, l2);
        // the lecture's ∂J/∂a ⊙ g′ loses digits where a probability saturates (1 − a rounds):
        // there the engine's fused δ = (a − t)/n is the exact one, which SaturatedOutputLossTest covers
        if (output.activation() == Activation.SIGMOID || output.activation() == Activation.SOFTMAX) {
            Assume.that(within(want.a().get(arch.layerCount() - 1), 1e-6, 1 - 1e-6));
        }
        Pass got = new Network(p).computePass(Matrix.of(x), Matrix.of(t), l2);

        close("loss", want.loss(), got.loss());
        for (int l = 0; l < arch.layerCount(); l++) {
            LayerTrace layer = got.layers().get(l);
            String at = "layer " + (l + 1) + " ";
            close(at + "z", want.z().get(l), layer.preActivation());
            close(at + "a", want.a().get(l), layer.activation());
            close(at + "∂J/∂a", want.dA().get(l), layer.dLossDActivation());
            close(at + "δ", want.delta().get(l), layer.dLossDPreActivation());
            close(at + "∂J/∂W", want.dW().get(l), layer.dLossDWeights());
            if (bias) {
                close(at + "∂J/∂b", want.dB().get(l), Matrix.of(new double[][] {layer.dLossDBiases()}));
            }
        }
        close("∂J/∂x", want.dX(), got.dLossDInput());
    }

    private static boolean within(SimpleMatrix m, double lo, double hi) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (m.get(i) < lo || m.get(i) > hi) {
                return false;
            }
        }
        return true;
    }

    private static void fill(double[] a, Random rnd, double sd) {
        for (int i = 0; i < a.length; i++) {
            a[i] = sd * rnd.nextGaussian();
        }
    }

    private static void close(String what, SimpleMatrix want, Matrix got) {
        if (want.getNumRows() != got.rows() || want.getNumCols() != got.cols()) {
            throw new AssertionError(what + ": shape " + got.rows() + "×" + got.cols() + ", expected "
                    + want.getNumRows() + "×" + want.getNumCols());
        }
        for (int r = 0; r < got.rows(); r++) {
            for (int c = 0; c < got.cols(); c++) {
                close(what + " [" + r + "][" + c + "]", want.get(r, c), got.get(r, c));
            }
        }
    }

    private static void close(String what, double want, double got) {
        if (!(Math.abs(want - got) <= TOLERANCE * Math.max(1, Math.abs(want)))) {
            throw new AssertionError(what + ": engine " + got + ", matrix form " + want);
        }
    }
}
