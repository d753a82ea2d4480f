package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * Backpropagation in matrix form, written with EJML's {@link SimpleMatrix} as the lecture writes
 * it, independently of the engine's kernels, buffers and fused shortcuts (an oracle for tests):
 * <pre>
 *   Z_l = A_{l−1} W_l + 1 b_lᵀ,  A_l = g_l(Z_l)                 (A_0 = X, m samples as rows)
 *   δ_L = ∂J/∂A_L ⊙ g′(Z_L)      (softmax: row by row through its Jacobian; perceptron: (Y − D)/m)
 *   δ_l = (δ_{l+1} W_{l+1}ᵀ) ⊙ g′(Z_l)
 *   ∂J/∂W_l = A_{l−1}ᵀ δ_l (+ λ W_l),  ∂J/∂b_l = 1ᵀ δ_l,  ∂J/∂X = δ_1 W_1ᵀ
 * </pre>
 * with ∂J/∂A_L the gradient of the batch average, so the 1/m sits in it. Only the activations'
 * scalar value and derivative come from the engine (their own tests check those by hand).
 */
final class MatrixFormBackprop {
    /** The pass in matrix form: per non-input layer Z, A, ∂J/∂A, δ, ∂J/∂W, ∂J/∂b (null without biases). */
    record Result(double loss, List<SimpleMatrix> z, List<SimpleMatrix> a, List<SimpleMatrix> dA,
                  List<SimpleMatrix> delta, List<SimpleMatrix> dW, List<SimpleMatrix> dB, SimpleMatrix dX) {
    }

    private MatrixFormBackprop() {
    }

    static Result compute(Parameters p, double[][] inputs, double[][] targets, double l2) {
        Architecture arch = p.architecture();
        int layers = arch.layerCount();
        SimpleMatrix x = new SimpleMatrix(inputs);
        SimpleMatrix t = new SimpleMatrix(targets);
        int m = x.getNumRows();
        SimpleMatrix ones = SimpleMatrix.ones(m, 1);
        List<SimpleMatrix> w = new ArrayList<>();
        List<SimpleMatrix> z = new ArrayList<>();
        List<SimpleMatrix> a = new ArrayList<>();
        SimpleMatrix previous = x;
        for (int l = 0; l < layers; l++) {
            SimpleMatrix wl = new SimpleMatrix(arch.inputsOf(l), arch.unitsOf(l), true, p.weightsOf(l));
            w.add(wl);
            // Z_l = A_{l−1} W_l + 1 b_lᵀ
            SimpleMatrix zl = previous.mult(wl);
            if (arch.bias()) {
                zl = zl.plus(ones.mult(new SimpleMatrix(1, arch.unitsOf(l), true, p.biasesOf(l))));
            }
            z.add(zl);
            previous = activate(arch.activations().get(l), zl);
            a.add(previous);
        }
        SimpleMatrix y = a.get(layers - 1);
        Activation out = arch.outputActivation();
        double loss = lossOf(arch.loss(), z.get(layers - 1), y, t) / m;
        double squares = 0;
        for (SimpleMatrix wl : w) {
            squares += wl.elementMult(wl).elementSum();
        }
        loss += 0.5 * l2 * squares;
        // ∂J/∂A_L of the batch average
        SimpleMatrix dY = lossGradient(arch.loss(), y, t).divide(m);
        // δ_L = ∂J/∂A_L ⊙ g′(Z_L); the perceptron rule passes (Y − D)/m straight through
        SimpleMatrix deltaL = arch.loss() == Loss.PERCEPTRON ? y.minus(t).divide(m)
                : sensitivity(out, z.get(layers - 1), y, dY);
        List<SimpleMatrix> dA = new ArrayList<>(nulls(layers));
        List<SimpleMatrix> delta = new ArrayList<>(nulls(layers));
        List<SimpleMatrix> dW = new ArrayList<>(nulls(layers));
        List<SimpleMatrix> dB = new ArrayList<>(nulls(layers));
        dA.set(layers - 1, dY);
        delta.set(layers - 1, deltaL);
        for (int l = layers - 1; l >= 0; l--) {
            SimpleMatrix aPrev = l == 0 ? x : a.get(l - 1);
            // ∂J/∂W_l = A_{l−1}ᵀ δ_l + λ W_l ;  ∂J/∂b_l = 1ᵀ δ_l
            dW.set(l, aPrev.transpose().mult(delta.get(l)).plus(w.get(l).scale(l2)));
            dB.set(l, arch.bias() ? ones.transpose().mult(delta.get(l)) : null);
            if (l > 0) {
                // δ_{l−1} = (δ_l W_lᵀ) ⊙ g′(Z_{l−1})
                SimpleMatrix dPrev = delta.get(l).mult(w.get(l).transpose());
                dA.set(l - 1, dPrev);
                delta.set(l - 1, sensitivity(arch.activations().get(l - 1), z.get(l - 1), a.get(l - 1), dPrev));
            }
        }
        SimpleMatrix dX = delta.get(0).mult(w.get(0).transpose());
        return new Result(loss, z, a, dA, delta, dW, dB, dX);
    }

    private static List<SimpleMatrix> nulls(int n) {
        List<SimpleMatrix> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(null);
        }
        return list;
    }

    // g(Z) element by element, or softmax row by row: e^(z_j) / Σ_k e^(z_k)
    private static SimpleMatrix activate(Activation g, SimpleMatrix zl) {
        SimpleMatrix al = new SimpleMatrix(zl.getNumRows(), zl.getNumCols());
        for (int r = 0; r < zl.getNumRows(); r++) {
            if (g.isElementwise()) {
                for (int j = 0; j < zl.getNumCols(); j++) {
                    al.set(r, j, g.value(zl.get(r, j)));
                }
            } else {
                SimpleMatrix row = zl.extractVector(true, r);
                SimpleMatrix e = row.minus(row.elementMax()).elementExp();
                al.insertIntoThis(r, 0, e.divide(e.elementSum()));
            }
        }
        return al;
    }

    // ∂J/∂Z from ∂J/∂A: ⊙ g′(Z) element-wise; for softmax per row δ = dA J_a with J_a = diag(a) − aᵀa
    private static SimpleMatrix sensitivity(Activation g, SimpleMatrix zl, SimpleMatrix al, SimpleMatrix dA) {
        SimpleMatrix d = new SimpleMatrix(zl.getNumRows(), zl.getNumCols());
        for (int r = 0; r < zl.getNumRows(); r++) {
            if (g.isElementwise()) {
                for (int j = 0; j < zl.getNumCols(); j++) {
                    d.set(r, j, dA.get(r, j) * g.derivative(zl.get(r, j), al.get(r, j)));
                }
            } else {
                SimpleMatrix row = al.extractVector(true, r);
                SimpleMatrix jacobian = SimpleMatrix.diag(row.getDDRM().data).minus(row.transpose().mult(row));
                d.insertIntoThis(r, 0, dA.extractVector(true, r).mult(jacobian));
            }
        }
        return d;
    }

    // Σ over samples and units of the per-element loss (not yet averaged)
    private static double lossOf(Loss loss, SimpleMatrix zl, SimpleMatrix y, SimpleMatrix t) {
        double sum = 0;
        for (int r = 0; r < y.getNumRows(); r++) {
            for (int k = 0; k < y.getNumCols(); k++) {
                double a = y.get(r, k);
                double d = t.get(r, k);
                sum += switch (loss) {
                    case BCE -> -(d == 0 ? 0 : d * Math.log(a)) - (d == 1 ? 0 : (1 - d) * Math.log(1 - a));
                    case CE -> d == 0 ? 0 : -d * Math.log(a);
                    case SQUARED -> 0.5 * (a - d) * (a - d);
                    case PERCEPTRON -> (a - d) * zl.get(r, k);
                };
            }
        }
        return sum;
    }

    // ∂(per-element loss)/∂a
    private static SimpleMatrix lossGradient(Loss loss, SimpleMatrix y, SimpleMatrix t) {
        SimpleMatrix g = new SimpleMatrix(y.getNumRows(), y.getNumCols());
        for (int r = 0; r < y.getNumRows(); r++) {
            for (int k = 0; k < y.getNumCols(); k++) {
                double a = y.get(r, k);
                double d = t.get(r, k);
                g.set(r, k, switch (loss) {
                    case BCE -> (d == 0 ? 0 : -d / a) + (d == 1 ? 0 : (1 - d) / (1 - a));
                    case CE -> d == 0 ? 0 : -d / a;
                    case SQUARED, PERCEPTRON -> a - d;
                });
            }
        }
        return g;
    }
}
