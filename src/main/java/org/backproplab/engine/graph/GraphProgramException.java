package org.backproplab.engine.graph;

/** A graph program that cannot be evaluated: where (line and column, from 1) and why. */
public final class GraphProgramException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param line    1-based line of the program
     * @param column  1-based column on that line
     * @param problem what was expected or found
     */
    public GraphProgramException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** @return 1-based line */
    public int line() {
        return line;
    }

    /** @return 1-based column */
    public int column() {
        return column;
    }

    /** @return the problem without its place */
    public String problem() {
        return problem;
    }
}
