package org.backproplab.export;

/**
 * A Python source being written: lines at an indentation level, and numbers and arrays as
 * Python literals. Every number is written as Java's {@link Double#toString}, which reads back
 * to the same double in Python.
 */
final class PythonText {
    private static final String INDENT = "    ";
    private final StringBuilder text = new StringBuilder();
    private int depth;

    /**
     * @param line one line of code at the current indentation (empty for a blank line)
     * @return this
     */
    PythonText line(String line) {
        if (!line.isEmpty()) {
            text.append(INDENT.repeat(depth)).append(line);
        }
        text.append('\n');
        return this;
    }

    /**
     * @param block several lines (a text block), each at the current indentation
     * @return this
     */
    PythonText block(String block) {
        for (String l : block.split("\n", -1)) {
            line(l);
        }
        return this;
    }

    /** @return this, one level deeper */
    PythonText indent() {
        depth++;
        return this;
    }

    /** @return this, one level shallower */
    PythonText dedent() {
        depth--;
        return this;
    }

    /**
     * @param v a finite value
     * @return its Python literal
     */
    static String number(double v) {
        return Double.toString(v);
    }

    /**
     * Writes {@code name = np.array([...])} for a rows × cols row-major matrix, one row a line.
     *
     * @param name    variable name
     * @param values  row-major values
     * @param rows    rows
     * @param cols    columns
     * @param comment trailing comment of the first line, or null
     * @return this
     */
    PythonText matrix(String name, double[] values, int rows, int cols, String comment) {
        String tail = comment == null ? "" : "  # " + comment;
        if (rows == 0) {
            return line(name + " = np.zeros((0, " + cols + "))" + tail);
        }
        line(name + " = np.array([" + tail);
        indent();
        StringBuilder row = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            row.setLength(0);
            row.append('[');
            for (int c = 0; c < cols; c++) {
                row.append(c == 0 ? "" : ", ").append(number(values[r * cols + c]));
            }
            line(row.append("],").toString());
        }
        dedent();
        return line("])");
    }

    /**
     * Writes {@code name = np.array([...])} for a vector, wrapped at about 100 characters.
     *
     * @param name    variable name
     * @param values  the entries as Python literals
     * @param comment trailing comment, or null
     * @return this
     */
    PythonText vector(String name, String[] values, String comment) {
        String tail = comment == null ? "" : "  # " + comment;
        StringBuilder all = new StringBuilder(name).append(" = np.array([");
        int start = 0;
        for (int i = 0; i < values.length; i++) {
            String piece = (i == 0 ? "" : ", ") + values[i];
            if (all.length() - start + piece.length() > 100) {
                all.append(",\n").append(INDENT.repeat(depth + 1));
                start = all.length();
                piece = values[i];
            }
            all.append(piece);
        }
        all.append("])").append(tail);
        for (String l : all.toString().split("\n")) {
            text.append(l.startsWith(INDENT) ? l : INDENT.repeat(depth) + l).append('\n');
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
