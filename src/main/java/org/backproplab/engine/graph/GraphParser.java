package org.backproplab.engine.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.Activation;
import org.backproplab.engine.ScalarGraph;

/**
 * A hand-written recursive-descent parser for graph programs, building the
 * {@link ScalarGraph} as it reads. A program is assignments, one per line or separated by
 * {@code ;} ({@code #} starts a comment); the last assigned name is the output. Grammar, from
 * the loosest binding to the tightest:
 * <pre>
 * program    = assignment { (newline | ";") assignment }
 * assignment = name "=" sum
 * sum        = product { ("+" | "-") product }
 * product    = unary { ("*" | "/") unary }
 * unary      = ("-" | "+") unary | power
 * power      = primary [ ("^" | "**") exponent ]        exponent = [sign] number | "(" [sign] number ")"
 * primary    = number | name | function "(" sum ")" | "(" sum ")"
 * </pre>
 * so {@code -a^2} is −(a²), as in mathematics. The typographic − · × ÷ are read as - * * /.
 * Every number literal is a constant node; every operation one node, named when it is the
 * whole right-hand side of an assignment (a bare name or number there becomes an
 * {@code identity} or named {@code const} node, so every assigned name has its node).
 */
public final class GraphParser {
    /** Longest program accepted, in characters. */
    public static final int MAX_LENGTH = 100_000;
    /** Most nodes a program may create. */
    public static final int MAX_NODES = 10_000;
    /** Deepest nesting of parentheses, calls and signs. */
    public static final int MAX_DEPTH = 200;

    private final String text;
    private final List<ScalarGraph> nodes = new ArrayList<>();
    private final Map<String, ScalarGraph> bound = new HashMap<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    // the current token
    private Kind kind;
    private String token;
    private double number;
    private int tokenLine;
    private int tokenColumn;

    private enum Kind { NUMBER, NAME, SYMBOL, END, EOF }

    private GraphParser(String text) {
        this.text = text;
    }

    /**
     * @param program the program's text
     * @param inputs  the input names and values, in the order their nodes come first
     * @return the evaluated program: nodes in evaluation order and the output
     * @throws GraphProgramException naming the line and column of the first problem
     */
    public static GraphProgram parse(String program, Map<String, Double> inputs) {
        if (program.length() > MAX_LENGTH) {
            throw new GraphProgramException(1, 1, "the program has " + program.length()
                    + " characters, more than the " + MAX_LENGTH + " allowed");
        }
        GraphParser p = new GraphParser(program);
        for (Map.Entry<String, Double> in : inputs.entrySet()) {
            ScalarGraph leaf = ScalarGraph.leaf(in.getKey(), in.getValue());
            p.nodes.add(leaf);
            p.bound.put(in.getKey(), leaf);
        }
        return p.program();
    }

    private GraphProgram program() {
        next();
        String output = null;
        int outputLine = 1;
        while (kind != Kind.EOF) {
            if (kind == Kind.END) {
                next();
                continue;
            }
            if (kind != Kind.NAME) {
                throw error("expected an assignment such as c = a + b, found " + describe());
            }
            String name = token;
            int nameLine = tokenLine;
            next();
            if (!is("=")) {
                throw error("expected = after " + name + ", found " + describe());
            }
            next();
            int before = nodes.size();
            ScalarGraph value = sum();
            if (kind != Kind.END && kind != Kind.EOF) {
                throw error("expected the end of the assignment (a new line or ;), found " + describe());
            }
            bound.put(name, name(value, name, before));
            output = name;
            outputLine = nameLine;
        }
        if (output == null) {
            throw new GraphProgramException(1, 1, "expected at least one assignment such as e = c * d, found none");
        }
        return new GraphProgram(nodes, bound.get(output), output, outputLine);
    }

    // the right-hand side's own node gets the name (it was created last, so nothing uses it yet);
    // a bare name or one already named becomes an identity node carrying the new name
    private ScalarGraph name(ScalarGraph value, String name, int nodesBefore) {
        ScalarGraph named;
        if (nodes.size() > nodesBefore && nodes.get(nodes.size() - 1) == value && value.label() == null) {
            named = value.named(name);
            nodes.set(nodes.size() - 1, named);
        } else {
            named = add(value.apply(name, Activation.IDENTITY));
        }
        return named;
    }

    private ScalarGraph sum() {
        ScalarGraph left = product();
        while (is("+") || is("-")) {
            boolean plus = is("+");
            next();
            ScalarGraph right = product();
            left = add(plus ? left.add(null, right) : left.sub(null, right));
        }
        return left;
    }

    private ScalarGraph product() {
        ScalarGraph left = unary();
        while (is("*") || is("/")) {
            boolean times = is("*");
            next();
            ScalarGraph right = unary();
            left = add(times ? left.mul(null, right) : left.div(null, right));
        }
        return left;
    }

    private ScalarGraph unary() {
        if (is("-") || is("+")) {
            boolean minus = is("-");
            enter();
            next();
            ScalarGraph operand = unary();
            depth--;
            return minus ? add(operand.neg(null)) : operand;
        }
        return power();
    }

    private ScalarGraph power() {
        ScalarGraph base = primary();
        if (is("^")) {
            next();
            double p = exponent();
            if (is("^")) {
                throw error("a chain of ^ is ambiguous: write (x^2)^3 or x^6");
            }
            return add(base.pow(null, p));
        }
        return base;
    }

    private double exponent() {
        boolean open = is("(");
        if (open) {
            next();
        }
        double sign = 1;
        if (is("-") || is("+")) {
            sign = is("-") ? -1 : 1;
            next();
        }
        if (kind != Kind.NUMBER) {
            throw error("expected a number after ^ (the exponent is a constant), found " + describe());
        }
        double p = sign * number;
        next();
        if (open) {
            expectClose();
        }
        return p;
    }

    private ScalarGraph primary() {
        if (kind == Kind.NUMBER) {
            double v = number;
            next();
            return add(ScalarGraph.constant(v));
        }
        if (is("(")) {
            enter();
            next();
            ScalarGraph inner = sum();
            expectClose();
            depth--;
            return inner;
        }
        if (kind == Kind.NAME) {
            String name = token;
            int l = tokenLine;
            int c = tokenColumn;
            next();
            if (is("(")) {
                return call(name, l, c);
            }
            ScalarGraph ref = bound.get(name);
            if (ref == null) {
                throw new GraphProgramException(l, c, "undefined name \"" + name
                        + "\" (not an input and not assigned before this line)");
            }
            return ref;
        }
        throw error("expected a number, a name, a function call or (, found " + describe());
    }

    private ScalarGraph call(String name, int l, int c) {
        if (name.equals(Activation.SOFTMAX.id())) {
            throw new GraphProgramException(l, c, "softmax acts on a row of outputs, not on one number");
        }
        if (!GraphFunctions.exists(name)) {
            throw new GraphProgramException(l, c, "unknown function \"" + name + "\" (expected one of "
                    + String.join(", ", GraphFunctions.names()) + ")");
        }
        enter();
        next();
        ScalarGraph argument = sum();
        expectClose();
        depth--;
        return add(GraphFunctions.apply(name, null, argument));
    }

    private void expectClose() {
        if (!is(")")) {
            throw error("expected ), found " + describe());
        }
        next();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " deep");
        }
    }

    private ScalarGraph add(ScalarGraph node) {
        if (nodes.size() >= MAX_NODES) {
            throw error("the program makes more than " + MAX_NODES + " nodes");
        }
        nodes.add(node);
        return node;
    }

    private boolean is(String symbol) {
        return kind == Kind.SYMBOL && token.equals(symbol);
    }

    private GraphProgramException error(String problem) {
        return new GraphProgramException(tokenLine, tokenColumn, problem);
    }

    private String describe() {
        return switch (kind) {
            case NUMBER -> "the number " + token;
            case NAME -> "the name \"" + token + "\"";
            case SYMBOL -> "\"" + token + "\"";
            case END -> token.equals(";") ? "\";\"" : "the end of the line";
            case EOF -> "the end of the program";
        };
    }

    // ---------------------------------------------------------------- tokens

    private void next() {
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\u00a0') {
                pos++;
            } else {
                break;
            }
        }
        tokenLine = line;
        tokenColumn = pos - lineStart + 1;
        if (pos >= text.length()) {
            kind = Kind.EOF;
            token = "";
            return;
        }
        char ch = text.charAt(pos);
        if (ch == '\n' || ch == ';') {
            kind = Kind.END;
            token = String.valueOf(ch);
            pos++;
            if (ch == '\n') {
                line++;
                lineStart = pos;
            }
        } else if (Character.isDigit(ch) || (ch == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            numberToken();
        } else if (Character.isLetter(ch) || ch == '_') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            kind = Kind.NAME;
            token = text.substring(start, pos);
        } else {
            symbolToken(ch);
        }
    }

    private void numberToken() {
        int start = pos;
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                digits();
            } else {
                pos = mark; // "2e" is the number 2 followed by the name e
            }
        }
        kind = Kind.NUMBER;
        token = text.substring(start, pos);
        number = Double.parseDouble(token);
        if (Double.isInfinite(number)) {
            throw error("the number " + token + " is too large for a double");
        }
    }

    private void digits() {
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    private void symbolToken(char ch) {
        kind = Kind.SYMBOL;
        pos++;
        switch (ch) {
            case '+', '(', ')', '=', '/', '^' -> token = String.valueOf(ch);
            case '-', '\u2212' -> token = "-";
            case '\u00f7' -> token = "/";
            case '\u00b7', '\u00d7', '\u22c5' -> token = "*";
            case '*' -> {
                if (pos < text.length() && text.charAt(pos) == '*') {
                    pos++;
                    token = "^";
                } else {
                    token = "*";
                }
            }
            default -> {
                pos--;
                token = String.valueOf(ch);
                throw error("unexpected character \"" + new String(Character.toChars(text.codePointAt(pos))) + "\"");
            }
        }
    }
}
