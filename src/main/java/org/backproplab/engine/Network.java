package org.backproplab.engine;

/**
 * A dense feed-forward network: an {@link Architecture} with its {@link Parameters}. It
 * computes forward and backward passes into a {@link Workspace} and changes its parameters
 * only in {@link #applyUpdateInPlace}.
 */
public final class Network {
    private final Architecture architecture;
    private final Parameters parameters;

    /**
     * @param parameters the network's parameters (used live, not copied)
     */
    public Network(Parameters parameters) {
        this.architecture = parameters.architecture();
        this.parameters = parameters;
    }

    /** @return the network shape */
    public Architecture architecture() {
        return architecture;
    }

    /** @return the live parameters */
    public Parameters parameters() {
        return parameters;
    }

    /** @return an independent network with copied parameters */
    public Network copy() {
        return new Network(parameters.copy());
    }

    /**
     * One forward and backward pass over an explicit batch, returned as an immutable record.
     *
     * @param inputs  batch × input units
     * @param targets batch × output units
     * @param l2      L2 strength λ (0 for none)
     * @return the pass
     */
    public Pass computePass(Matrix inputs, Matrix targets, double l2) {
        int rows = inputs.rows();
        checkShape("inputs", inputs, architecture.inputSize());
        checkShape("targets", targets, architecture.outputSize());
        Workspace ws = new Workspace(architecture, rows);
        System.arraycopy(inputs.toRowMajor(), 0, ws.input, 0, rows * architecture.inputSize());
        System.arraycopy(targets.toRowMajor(), 0, ws.target, 0, rows * architecture.outputSize());
        computeGradients(ws, rows, l2);
        return ws.toPass();
    }

    private static void checkShape(String what, Matrix m, int cols) {
        if (m.cols() != cols) {
            throw new IllegalArgumentException(what + " have " + m.cols() + " columns, expected " + cols);
        }
        if (m.rows() == 0) {
            throw new IllegalArgumentException(what + " are empty");
        }
    }

    /**
     * Forward pass only, for predictions: fills the workspace's activations for the first
     * {@code rows} inputs of its input buffer.
     *
     * @param ws   workspace whose input buffer holds the batch
     * @param rows batch size
     * @return the output activations (row-major, rows × outputs; a buffer of the workspace)
     */
    public double[] forward(Workspace ws, int rows) {
        ws.rows = rows;
        Kernels.toUnitMajor(ws.input, ws.inputByUnit, rows, architecture.inputSize());
        forwardLayers(ws, rows);
        return ws.activationBuffer(architecture.layerCount() - 1);
    }

    // The forward pass over the unit-major input already in the workspace.
    private void forwardLayers(Workspace ws, int rows) {
        double[][] in = ws.inputByUnit;
        for (int l = 0; l < architecture.layerCount(); l++) {
            int nIn = architecture.inputsOf(l);
            int nOut = architecture.unitsOf(l);
            // z_l = a_{l−1} · W_l + b_l
            ws.kernels.forward(in, parameters.weightsOf(l), parameters.biasesOf(l), ws.preActivation[l], rows, nIn, nOut);
            // a_l = g_l(z_l)
            architecture.activations().get(l).forwardByUnit(ws.preActivation[l], ws.activation[l], rows, nOut, ws.packed);
            in = ws.activation[l];
        }
    }

    /**
     * Forward pass and loss only (no backward pass) over the first {@code rows} samples of the
     * workspace's input and target buffers: for metrics and numerical gradients.
     *
     * @param ws   workspace with the batch in its buffers
     * @param rows batch size n
     * @param l2   L2 strength λ: adds (λ/2) Σ w² (weights only)
     * @return the batch-averaged loss J
     */
    public double computeLoss(Workspace ws, int rows, double l2) {
        forwardBatch(ws, rows);
        int last = architecture.layerCount() - 1;
        // J = (1/n) Σ_r loss(a_r, t_r), in the stable forms of LossValue
        double j = LossValue.batchAverage(architecture.loss(), architecture.outputActivation(),
                ws.preActivation[last], ws.activation[last], ws.targetByUnit, rows, architecture.outputSize());
        if (l2 != 0) {
            j += 0.5 * l2 * sumOfSquaredWeights();
        }
        ws.loss = j;
        return j;
    }

    // the batch into unit-major form and the forward pass over it
    private void forwardBatch(Workspace ws, int rows) {
        ws.rows = rows;
        Kernels.toUnitMajor(ws.input, ws.inputByUnit, rows, architecture.inputSize());
        Kernels.toUnitMajor(ws.target, ws.targetByUnit, rows, architecture.outputSize());
        forwardLayers(ws, rows);
    }

    /**
     * Forward and backward pass over the first {@code rows} samples of the workspace's input and
     * target buffers. Afterwards the workspace holds z, a, dJ/da, δ, dJ/dW, dJ/db (and dJ/dx,
     * formed when {@link Workspace#toPass} asks for it).
     *
     * @param ws   workspace with the batch in its buffers
     * @param rows batch size n
     * @param l2   L2 strength λ: adds (λ/2) Σ w² to J and λW to dJ/dW (weights only)
     * @return the batch-averaged loss J
     */
    public double computeGradients(Workspace ws, int rows, double l2) {
        double j = computeLoss(ws, rows, l2);
        backward(ws, rows, l2);
        return j;
    }

    /**
     * {@link #computeGradients} without evaluating the loss J itself (the workspace's loss is then
     * NaN): the same gradients, for training steps whose loss nobody reads, such as the
     * benchmark's (it evaluates the loss over the whole training set at its checks).
     *
     * @param ws   workspace with the batch in its buffers
     * @param rows batch size n
     * @param l2   L2 strength λ: adds λW to dJ/dW (weights only)
     */
    public void computeGradientsOnly(Workspace ws, int rows, double l2) {
        forwardBatch(ws, rows);
        ws.loss = Double.NaN;
        backward(ws, rows, l2);
    }

    // the backward pass after the forward pass
    private void backward(Workspace ws, int rows, double l2) {
        int last = architecture.layerCount() - 1;
        int nOutput = architecture.outputSize();
        Loss loss = architecture.loss();
        Activation outAct = architecture.outputActivation();
        double[][] aL = ws.activation[last];
        double[][] zL = ws.preActivation[last];
        double[][] t = ws.targetByUnit;

        // dJ/da_L from the loss; where the loss and output activation fuse, the backward pass does
        // not need it, and Workspace.toPass forms it when a Pass is recorded
        ws.outputGradientDeferred = loss.fusedDelta(outAct);
        if (!ws.outputGradientDeferred) {
            loss.gradientByUnit(aL, t, ws.dLossDActivation[last], rows, nOutput);
        }
        // δ_L = (a_L − t)/n where the output activation and loss fuse, else dJ/da_L ⊙ g'(z_L)
        if (loss == Loss.CE && outAct == Activation.SOFTMAX) {
            // softmax + ce: δ_k = (a_k Σ_j t_j − t_k)/n, which is (a_k − t_k)/n (bit for bit) when
            // the targets of a sample sum to 1
            double[] targetSum = ws.targetSum;
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int k = 0; k < nOutput; k++) {
                    sum += t[k][r];
                }
                targetSum[r] = sum;
            }
            for (int k = 0; k < nOutput; k++) {
                double[] d = ws.delta[last][k];
                double[] a = aL[k];
                double[] tk = t[k];
                for (int r = 0; r < rows; r++) {
                    d[r] = (a[r] * targetSum[r] - tk[r]) / rows;
                }
            }
        } else if (loss.fusedDelta(outAct)) {
            for (int k = 0; k < nOutput; k++) {
                double[] d = ws.delta[last][k];
                double[] a = aL[k];
                double[] tk = t[k];
                for (int r = 0; r < rows; r++) {
                    d[r] = (a[r] - tk[r]) / rows;
                }
            }
        } else {
            outAct.backwardByUnit(zL, aL, ws.dLossDActivation[last], ws.delta[last], rows, nOutput);
        }

        for (int l = last; l >= 0; l--) {
            int nIn = architecture.inputsOf(l);
            int nOut = architecture.unitsOf(l);
            double[][] aPrev = l == 0 ? ws.inputByUnit : ws.activation[l - 1];
            double[] w = parameters.weightsOf(l);
            // dJ/dW_l = a_{l−1}ᵀ · δ_l  (+ λ W_l) ;  dJ/db_l = Σ_rows δ_l
            double[] dB = architecture.bias() ? ws.dLossDBiases[l] : null;
            ws.kernels.gradients(aPrev, ws.delta[l], ws.deltaBySample[l], ws.dLossDWeightRows[l], dB, rows, nIn, nOut);
            Kernels.flatten(ws.dLossDWeightRows[l], ws.dLossDWeights[l], nIn, nOut);
            if (l2 != 0) {
                double[] g = ws.dLossDWeights[l];
                for (int i = 0; i < g.length; i++) {
                    g[i] += l2 * w[i];
                }
            }
            if (l > 0) {
                // dJ/da_{l−1} = δ_l · W_lᵀ
                double[][] dPrev = ws.dLossDActivation[l - 1];
                ws.kernels.backward(ws.delta[l], w, dPrev, rows, nIn, nOut);
                // δ_{l−1} = dJ/da_{l−1} ⊙ g'(z_{l−1})
                architecture.activations().get(l - 1).backwardByUnit(ws.preActivation[l - 1], ws.activation[l - 1],
                        dPrev, ws.delta[l - 1], rows, nIn);
            }
        }
        // dJ/dx = δ_1 · W_1ᵀ is formed on demand; keep the weights it needs
        System.arraycopy(parameters.weightsOf(0), 0, ws.firstLayerWeights, 0, ws.firstLayerWeights.length);
    }

    /** @return Σ w² over every weight (not biases) */
    public double sumOfSquaredWeights() {
        double s = 0;
        for (int l = 0; l < architecture.layerCount(); l++) {
            for (double w : parameters.weightsOf(l)) {
                s += w * w;
            }
        }
        return s;
    }

    /**
     * The update phase: the optimiser moves every weight and bias using the gradients in the
     * workspace. The only method through which training changes parameters.
     *
     * @param ws        workspace holding the gradients of the latest pass
     * @param optimizer optimiser (its state changes too)
     */
    public void applyUpdateInPlace(Workspace ws, Optimizer optimizer) {
        for (int l = 0; l < architecture.layerCount(); l++) {
            optimizer.updateInPlace(2 * l, parameters.weightsOf(l), ws.dLossDWeights[l]);
            if (architecture.bias()) {
                optimizer.updateInPlace(2 * l + 1, parameters.biasesOf(l), ws.dLossDBiases[l]);
            }
        }
    }
}
