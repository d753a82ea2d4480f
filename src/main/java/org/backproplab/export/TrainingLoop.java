package org.backproplab.export;

import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.io.TrainingSettings;

/**
 * The training part of an exported script, written out layer by layer: the forward pass, the
 * backward pass from δ_L down to δ_1 with the weight gradients, and the optimiser's update, in
 * the order the app runs them (every gradient first, then every update).
 */
final class TrainingLoop {
    private TrainingLoop() {
    }

    /**
     * Writes {@code def forward(x)}, returning z_1, a_1, …, z_L, a_L.
     *
     * @param arch the network
     * @param py   where to write
     */
    static void writeForward(Architecture arch, PythonText py) {
        py.line("def forward(x):");
        py.indent();
        py.line("\"\"\"The forward pass over the rows of x: z_l and a_l of every layer.\"\"\"");
        StringBuilder all = new StringBuilder();
        for (int l = 1; l <= arch.layerCount(); l++) {
            String prev = l == 1 ? "x" : "a" + (l - 1);
            String prevMath = l == 1 ? "x" : "a_" + (l - 1);
            Activation g = arch.activations().get(l - 1);
            String bias = arch.bias() ? " + b" + l : "";
            py.line("# z_" + l + " = " + prevMath + " · W_" + l + (arch.bias() ? " + b_" + l : "") + " ;  a_" + l + " = "
                    + g.id() + "(z_" + l + ")");
            py.line("z" + l + " = matmul(" + prev + ", W" + l + ")" + bias);
            py.line("a" + l + " = " + PythonMaths.functionName(g) + "(z" + l + ")");
            all.append(l == 1 ? "" : ", ").append('z').append(l).append(", a").append(l);
        }
        py.line("return " + all);
        py.dedent();
    }

    /**
     * Writes {@code def evaluate(X, T, labels)}: loss and accuracy over a whole set.
     *
     * @param py where to write
     */
    static void writeEvaluate(PythonText py) {
        py.block("""
                def evaluate(X, T, labels):
                    \"\"\"Loss and accuracy over a whole set with the current parameters (NaN where they do not apply).\"\"\"
                    if len(X) == 0:
                        return math.nan, math.nan
                    *_, z, a = forward(X)
                    accuracy = math.nan
                    if labels is not None:
                        accuracy = np.count_nonzero(predict(a) == labels) / len(labels)
                    return float(loss(z, a, T)), accuracy
                """);
    }

    /**
     * Writes the training loop and the per-epoch CSV rows.
     *
     * @param arch the network
     * @param t    the training settings
     * @param py   where to write
     */
    static void writeLoop(Architecture arch, TrainingSettings t, PythonText py) {
        int layers = arch.layerCount();
        boolean perceptron = arch.loss() == Loss.PERCEPTRON;
        py.line("rng = SplitMix64(SEED)");
        py.line("order = list(range(len(X_train)))  # the visiting order of the training rows");
        py.line("if SHUFFLE:");
        py.line("    rng.shuffle_in_place(order)");
        py.line("iteration = 0");
        py.line("print(\"epoch,train_loss,train_accuracy,test_loss,test_accuracy" + (perceptron ? ",errors" : "") + "\")");
        py.line("for epoch in range(1, EPOCHS + 1):");
        py.indent();
        if (perceptron) {
            py.line("errors = 0  # rows misclassified while this epoch trains");
        }
        py.line("for start in range(0, len(order), BATCH_SIZE):");
        py.indent();
        py.line("rows = order[start:start + BATCH_SIZE]");
        py.line("x, t = X_train[rows], T_train[rows]");
        py.line("n = len(rows)");
        py.line("iteration += 1");
        py.line("");
        py.line("# forward pass and loss");
        StringBuilder all = new StringBuilder();
        for (int l = 1; l <= layers; l++) {
            all.append(l == 1 ? "" : ", ").append('z').append(l).append(", a").append(l);
        }
        py.line(all + " = forward(x)");
        py.line("J = loss(z" + layers + ", a" + layers + ", t)");
        py.line("if not np.isfinite(J):");
        py.line("    sys.exit(f\"the loss became {J} at iteration {iteration}: training diverged\")");
        if (perceptron) {
            py.line("errors += np.count_nonzero(predict(a" + layers + ") != labels_train[rows])");
        }
        py.line("");
        py.line("# backward pass");
        PythonMaths.writeOutputDelta(arch, py);
        for (int l = layers; l >= 1; l--) {
            String prev = l == 1 ? "x" : "a" + (l - 1);
            String prevMath = l == 1 ? "x" : "a_" + (l - 1);
            String l2 = t.l2() != 0 ? " + L2 * W" + l : "";
            py.line("# dJ/dW_" + l + " = " + prevMath + "ᵀ · δ_" + l + (t.l2() != 0 ? " + λ W_" + l : "")
                    + (arch.bias() ? " ;  dJ/db_" + l + " = Σ_rows δ_" + l : ""));
            py.line("dW" + l + " = matmul(" + prev + ".T, delta" + l + ")" + l2);
            if (arch.bias()) {
                py.line("db" + l + " = sum_of_rows(delta" + l + ")");
            }
            if (l > 1) {
                Activation g = arch.activations().get(l - 2);
                py.line("# δ_" + (l - 1) + " = (δ_" + l + " · W_" + l + "ᵀ) ⊙ " + g.id() + "'(z_" + (l - 1) + ")");
                py.line("delta" + (l - 1) + " = matmul(delta" + l + ", W" + l + ".T) * " + PythonMaths.functionName(g)
                        + "_prime(z" + (l - 1) + ", a" + (l - 1) + ")");
            }
        }
        py.line("");
        update(arch, t, py);
        py.dedent();
        py.line("if SHUFFLE:");
        py.line("    rng.shuffle_in_place(order)  # a new order for the next epoch, from the current one");
        py.line("");
        py.line("train_loss, train_accuracy = evaluate(X_train, T_train, labels_train)");
        py.line("test_loss, test_accuracy = evaluate(X_test, T_test, labels_test)");
        py.line("print(\",\".join([str(epoch), csv_number(train_loss), csv_number(train_accuracy),");
        py.line("                csv_number(test_loss), csv_number(test_accuracy)" + (perceptron ? ", str(errors)" : "")
                + "]))");
        py.dedent();
    }

    private static void update(Architecture arch, TrainingSettings t, PythonText py) {
        switch (t.optimizer()) {
            case SGD -> py.line("# update: w ← w − α dJ/dw");
            case MOMENTUM -> py.line("# update: v ← β v + (1 − β) dJ/dw ;  w ← w − α v");
            case NESTEROV -> py.line("# update: v ← μ v + dJ/dw ;  w ← w − α (dJ/dw + μ v)");
        }
        for (int l = 1; l <= arch.layerCount(); l++) {
            updateOne("W" + l, t, py);
            if (arch.bias()) {
                updateOne("b" + l, t, py);
            }
        }
    }

    private static void updateOne(String p, TrainingSettings t, PythonText py) {
        String g = "d" + p;
        String v = "v" + p;
        switch (t.optimizer()) {
            case SGD -> py.line(p + " -= LEARNING_RATE * " + g);
            case MOMENTUM -> {
                py.line(v + " = BETA * " + v + " + (1 - BETA) * " + g);
                py.line(p + " -= LEARNING_RATE * " + v);
            }
            case NESTEROV -> {
                py.line(v + " = MU * " + v + " + " + g);
                py.line(p + " -= LEARNING_RATE * (" + g + " + MU * " + v + ")");
            }
        }
    }
}
