package org.backproplab.export;

/**
 * The fixed parts of an exported script: the SplitMix64 generator that shuffles the training
 * rows each epoch (the engine's {@code SplitMix64}, step for step), and the number format of the
 * {@code train} command's CSV (Java's {@code Double.toString}).
 */
final class PythonRuntime {
    private PythonRuntime() {
    }

    /** Python's SplitMix64 and Fisher–Yates shuffle, equal draw for draw to the app's. */
    static final String SPLITMIX64 = """
            MASK64 = (1 << 64) - 1


            class SplitMix64:
                \"\"\"The SplitMix64 generator (Steele, Lea and Flood 2014), the app's shuffling generator.\"\"\"

                def __init__(self, seed):
                    self.state = seed & MASK64

                def next_long(self):
                    # the next 64 random bits (as an unsigned integer)
                    self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
                    z = self.state
                    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
                    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
                    return z ^ (z >> 31)

                def next_int(self, bound):
                    # a whole number in [0, bound)
                    return (self.next_long() >> 1) % bound

                def shuffle_in_place(self, order):
                    # Fisher–Yates, from the last position down
                    for i in range(len(order) - 1, 0, -1):
                        j = self.next_int(i + 1)
                        order[i], order[j] = order[j], order[i]
            """;

    /** Formats a number as the {@code train} command prints it. */
    static final String CSV_NUMBER = """
            def csv_number(v):
                \"\"\"v as the train command prints it (Java's Double.toString); empty when it does not apply (NaN).\"\"\"
                v = float(v)
                if math.isnan(v):
                    return ""
                if math.isinf(v):
                    return "Infinity" if v > 0 else "-Infinity"
                if v == 0:
                    return "-0.0" if math.copysign(1.0, v) < 0 else "0.0"
                if 1e-3 <= abs(v) < 1e7:
                    return repr(v)
                sign, digits, exponent = decimal.Decimal(repr(v)).as_tuple()
                text = "".join(str(d) for d in digits).rstrip("0") or "0"
                return ("-" if sign else "") + text[0] + "." + (text[1:] or "0") + "E" + str(exponent + len(digits) - 1)
            """;
}
