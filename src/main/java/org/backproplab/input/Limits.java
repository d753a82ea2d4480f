package org.backproplab.input;

/**
 * Every size limit of the program, in one place: sizes a classroom uses, far below what the
 * machine cannot hold. Readers check them before allocating anything and report a breach as
 * their usual one-line error naming the field; the {@code *Problem} methods give that
 * error's text (or null when the value is within the limit). The README lists the same values.
 */
public final class Limits {
    /** Units in one layer (input layer included). */
    public static final int MAX_UNITS_PER_LAYER = 4096;
    /** Entries of {@code network.layers} (input layer included). */
    public static final int MAX_LAYERS = 64;
    /** Weights and biases of a network. */
    public static final long MAX_PARAMETERS = 1_000_000;
    /** Samples of a data set: CSV rows, inline samples, generated points. */
    public static final int MAX_ROWS = 1_000_000;
    /** Samples written inline in a lab file (larger sets belong in a CSV file). */
    public static final int MAX_INLINE_SAMPLES = 100_000;
    /**
     * Seconds from the start of the program after which {@code gradcheck} stops comparing and
     * reports what it compared.
     */
    public static final double MAX_GRADCHECK_SECONDS = 12;
    /** Samples of a data set times the units of every layer: the activations one pass over it holds. */
    public static final long MAX_ACTIVATIONS = 10_000_000;
    /** {@code training.batchSize}. */
    public static final int MAX_BATCH_SIZE = MAX_ROWS;
    /** {@code training.epochs}. */
    public static final int MAX_EPOCHS = 100_000;
    /** Bytes of a CSV file. */
    public static final long MAX_CSV_BYTES = 256L << 20;
    /** Bytes of a lab file (its inline data included). */
    public static final long MAX_LAB_BYTES = 64L << 20;
    /**
     * Work of one command-line run, in steps of one sample through one parameter (forward and
     * backward); each unit a sample passes counts as {@link #WORK_PER_UNIT} such steps (its
     * activation function and bookkeeping). About three seconds on an idle two-core laptop (the digits lesson trains with 1.7e9).
     */
    public static final double MAX_COMMAND_WORK = 3e9;
    /** Work of one sample through one unit, in sample × parameter steps (measured: 50 to 250, smaller for larger layers). */
    public static final double WORK_PER_UNIT = 100;
    /**
     * Numbers one {@code trace} may print (about 200 MB of JSON, a few seconds; the Iris MLP
     * lesson's full trace has 4.3e6, the digits lesson's 2.5e7, so trace that with {@code --steps}).
     */
    public static final double MAX_TRACE_NUMBERS = 1e7;

    private Limits() {
    }

    /**
     * @param units a layer's unit count
     * @return the problem, or null within the limit
     */
    public static String unitsProblem(long units) {
        return units > MAX_UNITS_PER_LAYER
                ? "expected at most " + MAX_UNITS_PER_LAYER + " units in a layer, found " + units : null;
    }

    /**
     * @param layers entries of network.layers
     * @return the problem, or null within the limit
     */
    public static String layersProblem(int layers) {
        return layers > MAX_LAYERS ? "expected at most " + MAX_LAYERS + " layers, found " + layers : null;
    }

    /**
     * @param sizes unit counts, input layer first
     * @param bias  whether layers have biases
     * @return the problem, or null within the limit
     */
    public static String parametersProblem(long[] sizes, boolean bias) {
        long n = parameterCount(sizes, bias);
        return n > MAX_PARAMETERS ? "the network has " + n + " weights and biases, more than the limit of "
                + MAX_PARAMETERS : null;
    }

    /**
     * @param sizes unit counts, input layer first (each at most {@link #MAX_UNITS_PER_LAYER})
     * @param bias  whether layers have biases
     * @return weights and biases, without overflow
     */
    public static long parameterCount(long[] sizes, boolean bias) {
        long n = 0;
        for (int l = 1; l < sizes.length; l++) {
            n += sizes[l - 1] * sizes[l] + (bias ? sizes[l] : 0);
        }
        return n;
    }

    /**
     * @param rows samples
     * @return the problem, or null within the limit
     */
    public static String rowsProblem(long rows) {
        return rows > MAX_ROWS ? "expected at most " + MAX_ROWS + " samples, found " + rows : null;
    }

    /**
     * @param rows       samples of the data set
     * @param totalUnits units of all layers together
     * @return the problem, or null within the limit
     */
    public static String activationsProblem(long rows, long totalUnits) {
        return rows * totalUnits > MAX_ACTIVATIONS ? rows + " samples × " + totalUnits
                + " units need " + rows * totalUnits + " activations per pass, more than the limit of "
                + MAX_ACTIVATIONS + " (use fewer samples or smaller layers)" : null;
    }

    /**
     * @param rows       samples
     * @param parameters weights and biases of the network
     * @param totalUnits units of all its layers
     * @return the work of one pass of the samples through the network (see {@link #MAX_COMMAND_WORK})
     */
    public static double passWork(long rows, long parameters, long totalUnits) {
        return (double) rows * (parameters + WORK_PER_UNIT * totalUnits);
    }

    /**
     * @param bytes a file's size
     * @param limit the limit for that kind of file
     * @return the problem, or null within the limit
     */
    public static String fileSizeProblem(long bytes, long limit) {
        return bytes > limit ? "the file has " + bytes + " bytes, more than the limit of " + limit
                + " (" + (limit >> 20) + " MB)" : null;
    }
}
