package org.backproplab.export;

import java.util.Locale;
import org.backproplab.data.DataSpec;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabFile;
import org.backproplab.io.TrainingSettings;

/**
 * A lab as a self-contained Python 3 script that needs only NumPy: the data as the app uses it
 * (after the split and standardisation, the constants in comments), the starting parameters,
 * the activations and the loss, and a training loop with the forward pass, backward pass and
 * update written out layer by layer in the lab's notation (z_l = a_{l−1} · W_l + b_l). Running it
 * prints the CSV of {@code train LAB}: the same header, and one row per epoch with equal numbers
 * (to rounding: NumPy's matrix products and tanh round differently in the last bit).
 */
public final class NumpyScript {
    private NumpyScript() {
    }

    /**
     * @param lab        the lab (its title, network, training settings)
     * @param parameters the starting parameters to embed (the lab's, or a run's current ones)
     * @param data       the lab's loaded data
     * @param epochs     epochs to train
     * @param sourceName the lab file's name for the header comment, or null
     * @return the script's text
     * @throws IllegalArgumentException when the network uses something the export cannot write
     */
    public static String write(LabFile lab, Parameters parameters, DataSplit data, int epochs, String sourceName) {
        Architecture arch = lab.architecture();
        TrainingSettings t = lab.training();
        PythonText py = new PythonText();
        header(lab, arch, t, epochs, sourceName, py);
        py.line("import decimal").line("import math").line("import sys").line("")
                .line("import numpy as np").line("")
                .line("np.seterr(all=\"ignore\")  # overflow to ±inf and log(0) as the app meets them, without warnings")
                .line("");
        settings(lab, t, data.train().rows(), epochs, py);
        ExportedData.write(lab.data(), data, py);
        parametersSection(arch, parameters, t, py);
        section("exact arithmetic", py);
        py.block(PythonExactMaths.INTRODUCTION).block(PythonExactMaths.FUNCTIONS).line("");
        section("activations g and their derivatives g'", py);
        PythonMaths.writeActivations(arch, py);
        section("forward pass, loss and predictions", py);
        TrainingLoop.writeForward(arch, py);
        py.line("");
        PythonMaths.writeLoss(arch, t.l2(), py);
        py.line("");
        predict(arch, py);
        py.line("");
        TrainingLoop.writeEvaluate(py);
        py.line("");
        section("the shuffling generator and the output format", py);
        py.block(PythonRuntime.SPLITMIX64).block(PythonRuntime.CSV_NUMBER);
        section("training: one iteration per minibatch; a row of metrics per epoch", py);
        TrainingLoop.writeLoop(arch, t, py);
        return py.toString();
    }

    static void section(String title, PythonText py) {
        py.line("# " + "-".repeat(Math.max(4, 94 - title.length())) + " " + title).line("");
    }

    private static void header(LabFile lab, Architecture arch, TrainingSettings t, int epochs, String sourceName,
                               PythonText py) {
        py.line("#!/usr/bin/env python3");
        py.line("# " + lab.title());
        py.line("#");
        py.line("# Exported by Backprop Lab" + (sourceName == null ? "" : " from " + sourceName)
                + " (backprop-lab export LAB --to numpy).");
        py.line("# `python3 " + "this_script.py` trains the same network on the same data, from the same starting");
        py.line("# parameters, in the same order, and prints what `backprop-lab train LAB` prints: one CSV row");
        py.line("# per epoch. It needs Python 3 and NumPy only.");
        py.line("#");
        py.line("# Network " + sizes(arch) + (arch.bias() ? ", with biases" : ", no biases")
                + "; layer l computes z_l = a_{l−1} · W_l" + (arch.bias() ? " + b_l" : "") + " and a_l = g_l(z_l),");
        py.line("# with a_0 = x; every quantity is batch rows × units, W_l is (units of l−1) × (units of l).");
        StringBuilder g = new StringBuilder("# Activations:");
        for (int l = 0; l < arch.layerCount(); l++) {
            g.append(" g_").append(l + 1).append(" = ").append(arch.activations().get(l).id()).append(l + 1 < arch.layerCount() ? ";" : ".");
        }
        py.line(g.toString());
        py.line("# Loss: " + lossName(arch.loss()) + ", averaged over the rows of the batch"
                + (t.l2() != 0 ? ", plus (λ/2) Σ w² (weights, not biases)" : "") + ".");
        py.line("# Training: " + optimizerName(t) + "; " + epochs + " epochs.");
        py.line("");
    }

    static String sizes(Architecture arch) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < arch.sizes().size(); i++) {
            sb.append(i == 0 ? "" : "-").append(arch.sizes().get(i));
        }
        return sb.toString();
    }

    private static String lossName(Loss loss) {
        return switch (loss) {
            case BCE -> "binary cross-entropy (bce)";
            case CE -> "softmax cross-entropy (ce)";
            case SQUARED -> "squared error ½ Σ (a − t)² (squared)";
            case PERCEPTRON -> "the perceptron rule (perceptron)";
        };
    }

    private static String optimizerName(TrainingSettings t) {
        return switch (t.optimizer()) {
            case SGD -> "gradient descent w ← w − α g";
            case MOMENTUM -> "momentum v ← βv + (1 − β) g, w ← w − α v";
            case NESTEROV -> "Nesterov momentum v ← μv + g, w ← w − α (g + μ v)";
        };
    }

    private static void settings(LabFile lab, TrainingSettings t, int trainRows, int epochs, PythonText py) {
        section("settings", py);
        py.line("EPOCHS = " + epochs);
        int batch = t.effectiveBatchSize(trainRows);
        py.line("BATCH_SIZE = " + batch + "  # rows per iteration" + (t.batchSize() <= 0 ? " (the whole training set)" : ""));
        py.line("LEARNING_RATE = " + PythonText.number(t.learningRate()) + "  # α");
        switch (t.optimizer()) {
            case MOMENTUM -> py.line("BETA = " + PythonText.number(t.momentum()) + "  # β, momentum's averaging factor");
            case NESTEROV -> py.line("MU = " + PythonText.number(t.momentum()) + "  # μ, Nesterov's momentum factor");
            default -> { }
        }
        if (t.l2() != 0) {
            py.line("L2 = " + PythonText.number(t.l2()) + "  # λ");
        }
        py.line("SHUFFLE = " + (t.shuffle() ? "True" : "False")
                + "  # whether each epoch visits the training rows in a new seeded order");
        py.line("SEED = " + t.seed() + "  # seed of that order");
        py.line("THRESHOLD = " + PythonText.number(lab.architecture().outputActivation().classThreshold())
                + "  # a single output unit predicts class 1 when a > THRESHOLD");
        py.line("");
    }

    private static void parametersSection(Architecture arch, Parameters p, TrainingSettings t, PythonText py) {
        section("starting parameters", py);
        py.line("# W_l[i, j]: the weight from unit i of layer l−1 to unit j of layer l"
                + (arch.bias() ? "; b_l[j]: the bias of unit j of layer l" : ""));
        for (int l = 0; l < arch.layerCount(); l++) {
            int in = arch.inputsOf(l);
            int out = arch.unitsOf(l);
            py.matrix("W" + (l + 1), p.weightsOf(l), in, out, in + " × " + out);
            if (arch.bias()) {
                double[] b = p.biasesOf(l);
                String[] lit = new String[b.length];
                for (int j = 0; j < b.length; j++) {
                    lit[j] = PythonText.number(b[j]);
                }
                py.vector("b" + (l + 1), lit, null);
            }
        }
        if (t.optimizer() != org.backproplab.engine.Optimizer.Kind.SGD) {
            py.line("# the velocities v start at 0, for biases as for weights");
            for (int l = 1; l <= arch.layerCount(); l++) {
                py.line("vW" + l + " = np.zeros_like(W" + l + ")" + (arch.bias() ? "; vb" + l + " = np.zeros_like(b" + l + ")" : ""));
            }
        }
        py.line("");
        py.line("def weights():");
        StringBuilder w = new StringBuilder("    return [");
        for (int l = 1; l <= arch.layerCount(); l++) {
            w.append(l == 1 ? "" : ", ").append('W').append(l);
        }
        py.line(w.append(']').toString());
        py.line("");
        py.line("");
    }

    private static void predict(Architecture arch, PythonText py) {
        py.line("def predict(a):");
        py.indent();
        if (arch.outputSize() == 1) {
            py.line("\"\"\"The class of each row: 1 when the output a > THRESHOLD, else 0.\"\"\"");
            py.line("return np.where(a[:, 0] > THRESHOLD, 1, 0)");
        } else {
            py.line("\"\"\"The class of each row: the output unit with the largest a (the first of equals).\"\"\"");
            py.line("return np.argmax(a, axis=1)");
        }
        py.dedent();
    }

    static String describe(DataSpec spec) {
        if (spec instanceof DataSpec.Csv csv) {
            return String.format(Locale.ROOT, "%s (target \"%s\"), test fraction %s, split seed %d", csv.csv(), csv.target(),
                    PythonText.number(csv.testFraction()), csv.seed());
        }
        if (spec instanceof DataSpec.Generator g) {
            return String.format(Locale.ROOT, "the generator \"%s\": %d points, noise %s, seed %d, test fraction %s",
                    g.generator(), g.points(), PythonText.number(g.noise()), g.seed(), PythonText.number(g.testFraction()));
        }
        return "the lab file's own rows";
    }

    static String standardizerComment(Standardizer s, Dataset d, int feature) {
        return String.format(Locale.ROOT, "%-20s μ = %-22s σ = %s", d.featureNames().get(feature),
                PythonText.number(s.mean()[feature]), PythonText.number(s.std()[feature]));
    }
}
