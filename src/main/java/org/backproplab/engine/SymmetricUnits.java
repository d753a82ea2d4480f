package org.backproplab.engine;

/**
 * Hidden units that cannot become different: two units of one hidden layer whose incoming
 * weights (and biases) are equal and whose outgoing weights are equal compute the same value
 * for every input and receive the same gradient, so gradient descent keeps them equal forever —
 * why all-zero (or all-equal) initial weights fail. Output units are never marked (each has its
 * own target).
 */
public final class SymmetricUnits {
    private final boolean[][] marked;
    private final int[][] twin;

    private SymmetricUnits(boolean[][] marked, int[][] twin) {
        this.marked = marked;
        this.twin = twin;
    }

    /**
     * @param p parameters (read only)
     * @return the hidden units that have a twin in their layer, exactly equal weights in and out
     */
    public static SymmetricUnits of(Parameters p) {
        Architecture arch = p.architecture();
        int layers = arch.layerCount();
        boolean[][] marked = new boolean[layers][];
        int[][] twin = new int[layers][];
        for (int l = 0; l < layers; l++) {
            int units = arch.unitsOf(l);
            marked[l] = new boolean[units];
            twin[l] = new int[units];
            java.util.Arrays.fill(twin[l], -1);
            if (l == layers - 1) {
                continue;
            }
            for (int j = 0; j < units; j++) {
                for (int k = 0; k < units; k++) {
                    if (k != j && sameIncoming(p, l, j, k) && sameOutgoing(p, l, j, k)) {
                        marked[l][j] = true;
                        twin[l][j] = k;
                        break;
                    }
                }
            }
        }
        return new SymmetricUnits(marked, twin);
    }

    // columns j and k of W_l (in × out, row-major) and their biases
    private static boolean sameIncoming(Parameters p, int l, int j, int k) {
        Architecture arch = p.architecture();
        double[] w = p.weightsOf(l);
        int out = arch.unitsOf(l);
        for (int i = 0; i < arch.inputsOf(l); i++) {
            if (Double.compare(w[i * out + j], w[i * out + k]) != 0) {
                return false;
            }
        }
        return !p.hasBiases() || Double.compare(p.biasesOf(l)[j], p.biasesOf(l)[k]) == 0;
    }

    // rows j and k of W_{l+1}
    private static boolean sameOutgoing(Parameters p, int l, int j, int k) {
        double[] w = p.weightsOf(l + 1);
        int out = p.architecture().unitsOf(l + 1);
        for (int c = 0; c < out; c++) {
            if (Double.compare(w[j * out + c], w[k * out + c]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @param unit  0-based unit
     * @return whether the unit has a twin
     */
    public boolean isSymmetric(int index, int unit) {
        return marked[index][unit];
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @param unit  0-based unit
     * @return the first other unit of the layer equal to it, or −1
     */
    public int twinOf(int index, int unit) {
        return twin[index][unit];
    }

    /** @return how many units are marked in all layers */
    public int count() {
        int n = 0;
        for (boolean[] layer : marked) {
            for (boolean m : layer) {
                n += m ? 1 : 0;
            }
        }
        return n;
    }
}
