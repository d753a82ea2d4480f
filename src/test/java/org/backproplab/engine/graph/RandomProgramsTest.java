package org.backproplab.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Generated programs against an independent evaluator written here: each program's values
 * equal plain double arithmetic done in the same order, and every input's gradient equals the
 * central difference of that evaluator to 1e-6 relative.
 */
class RandomProgramsTest {
    private static final String[] INPUTS = {"a", "b", "c"};

    /** An expression tree of the test's own; {@code ref} picks one of the names available. */
    sealed interface Expr permits Ref, Num, Bin, Fn, Pow, Neg {
    }

    record Ref(int index) implements Expr {
    }

    record Num(double value) implements Expr {
    }

    record Bin(char op, Expr left, Expr right) implements Expr {
    }

    record Fn(String name, Expr argument) implements Expr {
    }

    record Pow(Expr base, int exponent) implements Expr {
    }

    record Neg(Expr operand) implements Expr {
    }

    @Provide
    Arbitrary<List<Expr>> programs() {
        return expr(3).list().ofMinSize(1).ofMaxSize(4);
    }

    private Arbitrary<Expr> expr(int depth) {
        Arbitrary<Expr> ref = Arbitraries.integers().between(0, 9).map(Ref::new);
        Arbitrary<Expr> num = Arbitraries.integers().between(-300, 300).map(i -> new Num(i / 100.0));
        if (depth == 0) {
            return Arbitraries.frequencyOf(Tuple.of(3, ref), Tuple.of(1, num));
        }
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> expr(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(2, ref),
                Tuple.of(1, num),
                Tuple.of(4, Combinators.combine(Arbitraries.of('+', '-', '*', '/'), sub, sub).as(Bin::new)),
                Tuple.of(2, Combinators.combine(Arbitraries.of("sigmoid", "tanh", "relu", "exp", "log"), sub).as(Fn::new)),
                Tuple.of(1, Combinators.combine(sub, Arbitraries.integers().between(1, 3)).as(Pow::new)),
                Tuple.of(1, sub.map(Neg::new)));
    }

    // the program's text: division, exp and log written so that they stay finite and smooth
    static String text(Expr e, List<String> names) {
        if (e instanceof Ref r) {
            return names.get(r.index() % names.size());
        } else if (e instanceof Num n) {
            return n.value() < 0 ? "(" + n.value() + ")" : Double.toString(n.value());
        } else if (e instanceof Bin b) {
            return b.op() == '/'
                    ? "((" + text(b.left(), names) + ") / (2 + tanh(" + text(b.right(), names) + ")))"
                    : "(" + text(b.left(), names) + " " + b.op() + " " + text(b.right(), names) + ")";
        } else if (e instanceof Fn f) {
            return switch (f.name()) {
                case "exp" -> "exp(tanh(" + text(f.argument(), names) + "))";
                case "log" -> "log(1 + (" + text(f.argument(), names) + ")^2)";
                default -> f.name() + "(" + text(f.argument(), names) + ")";
            };
        } else if (e instanceof Pow p) {
            return "(" + text(p.base(), names) + ")^" + p.exponent();
        }
        return "-(" + text(((Neg) e).operand(), names) + ")";
    }

    /** Plain double arithmetic, in the order the text above writes it. */
    static double eval(Expr e, List<String> names, Map<String, Double> env, double[] nearestKink) {
        if (e instanceof Ref r) {
            return env.get(names.get(r.index() % names.size()));
        } else if (e instanceof Num n) {
            return n.value();
        } else if (e instanceof Bin b) {
            double l = eval(b.left(), names, env, nearestKink);
            double r = eval(b.right(), names, env, nearestKink);
            return switch (b.op()) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                default -> l / (2 + StrictMath.tanh(r));
            };
        } else if (e instanceof Fn f) {
            double x = eval(f.argument(), names, env, nearestKink);
            switch (f.name()) {
                case "sigmoid":
                    return 1 / (1 + StrictMath.exp(-x)); // = FastMath.exp, the engine's
                case "tanh":
                    return StrictMath.tanh(x);
                case "relu":
                    nearestKink[0] = Math.min(nearestKink[0], Math.abs(x));
                    return x > 0 ? x : 0;
                case "exp":
                    return Math.exp(StrictMath.tanh(x));
                default:
                    return Math.log(1 + Math.pow(x, 2));
            }
        } else if (e instanceof Pow p) {
            return Math.pow(eval(p.base(), names, env, nearestKink), p.exponent());
        }
        return -eval(((Neg) e).operand(), names, env, nearestKink);
    }

    /** Runs the whole program on env (inputs in, every assigned name added), returning the output. */
    static double run(List<Expr> program, Map<String, Double> inputs, double[] nearestKink, Map<String, Double> values) {
        Map<String, Double> env = new LinkedHashMap<>(inputs);
        List<String> names = new ArrayList<>(List.of(INPUTS));
        double last = Double.NaN;
        for (int k = 0; k < program.size(); k++) {
            last = eval(program.get(k), names, env, nearestKink);
            env.put("t" + k, last);
            values.put("t" + k, last);
            names.add("t" + k);
        }
        return last;
    }

    static String source(List<Expr> program) {
        List<String> names = new ArrayList<>(List.of(INPUTS));
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < program.size(); k++) {
            s.append("t").append(k).append(" = ").append(text(program.get(k), names)).append(k % 2 == 0 ? "\n" : "; ");
            names.add("t" + k);
        }
        return s.toString();
    }

    @Property(tries = 300)
    void valuesEqualPlainArithmeticAndGradientsEqualCentralDifferences(
            @ForAll("programs") List<Expr> program,
            @ForAll @DoubleRange(min = -2, max = 2) double a,
            @ForAll @DoubleRange(min = -2, max = 2) double b,
            @ForAll @DoubleRange(min = -2, max = 2) double c) {
        Map<String, Double> inputs = new LinkedHashMap<>(Map.of("a", a, "b", b, "c", c));
        double[] kink = {Double.POSITIVE_INFINITY};
        Map<String, Double> expected = new LinkedHashMap<>();
        double out = run(program, inputs, kink, expected);
        Assume.that(kink[0] > 1e-3 && Double.isFinite(out) && Math.abs(out) < 1e6);
        String text = source(program);
        GraphTrace t = GraphParser.parse(text, inputs).trace();
        for (Map.Entry<String, Double> v : expected.entrySet()) {
            // + − * / and ^ are exact; a function may differ from its textbook formula by its last bits
            assertEquals(v.getValue(), t.named(v.getKey()).value(), 4 * Math.ulp(v.getValue()), v.getKey() + " in\n" + text);
        }
        assertEquals("t" + (program.size() - 1), t.outputName());
        for (String x : INPUTS) {
            double numeric = centralDifference(program, inputs, x);
            double analytic = t.named(x).gradient();
            double scale = Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), 1e-4 * Math.max(1, Math.abs(out)));
            assertTrue(Math.abs(analytic - numeric) <= 1e-6 * scale,
                    "∂" + t.outputName() + "/∂" + x + ": analytic " + analytic + ", numeric " + numeric + " in\n" + text);
        }
    }

    // Richardson-extrapolated central difference, (8[f(x+h) − f(x−h)] − [f(x+2h) − f(x−2h)]) / 12h
    private static double centralDifference(List<Expr> program, Map<String, Double> inputs, String x) {
        double h = 1e-4;
        double x0 = inputs.get(x);
        double[] f = new double[4];
        double[] steps = {h, -h, 2 * h, -2 * h};
        for (int i = 0; i < 4; i++) {
            Map<String, Double> moved = new LinkedHashMap<>(inputs);
            moved.put(x, x0 + steps[i]);
            f[i] = run(program, moved, new double[] {Double.POSITIVE_INFINITY}, new LinkedHashMap<>());
        }
        return (8 * (f[0] - f[1]) - (f[2] - f[3])) / (12 * h);
    }

    @Property(tries = 500)
    void anyTextGivesAGraphOrALineAndColumnNeverAnotherFailure(
            @ForAll("scraps") String text) {
        try {
            GraphTrace t = GraphParser.parse(text, Map.of("a", 2.0, "b", 1.0)).trace();
            assertTrue(t.nodes().size() >= 3);
        } catch (GraphProgramException e) {
            assertTrue(e.getMessage().matches("line \\d+, column \\d+: [^\\n]+"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String> scraps() {
        Arbitrary<String> pieces = Arbitraries.of("a", "b", "c", " = ", "=", "+", "-", "*", "/", "^", "(", ")", "\n", ";",
                "1", "2.5", "1e3", "sigmoid(", "log(", "exp(", "foo(", "x", "e", "#", "$", " ");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
