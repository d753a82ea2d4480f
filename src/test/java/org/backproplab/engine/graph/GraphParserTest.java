package org.backproplab.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graph programs by hand: the lecture's graph, precedence, names, non-finite values and errors. */
class GraphParserTest {
    private static final Map<String, Double> LECTURE_INPUTS = inputs("a", 2, "b", 1);

    static Map<String, Double> inputs(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return m;
    }

    static GraphTrace trace(String program, Map<String, Double> inputs) {
        return GraphParser.parse(program, inputs).trace();
    }

    @Test
    void lectureGraphHasValuesThreeTwoSixAndGradientsTwoFiveTwoThree() {
        GraphTrace t = trace("c = a + b\nd = b + 1\ne = c * d", LECTURE_INPUTS);
        assertEquals("e", t.outputName());
        assertEquals(3.0, t.named("c").value(), 0.0);
        assertEquals(2.0, t.named("d").value(), 0.0);
        assertEquals(6.0, t.named("e").value(), 0.0);
        assertEquals(2.0, t.named("a").gradient(), 0.0);
        assertEquals(5.0, t.named("b").gradient(), 0.0);
        assertEquals(2.0, t.named("c").gradient(), 0.0);
        assertEquals(3.0, t.named("d").gradient(), 0.0);
        assertEquals(1.0, t.named("e").gradient(), 0.0);
        // a, b, the constant 1, c, d, e in evaluation order
        assertEquals(List.of("input", "input", "+", "const", "+", "*"), t.nodes().stream().map(GraphTrace.Node::op).toList());
        assertEquals(List.of(2.0, 3.0), t.named("e").localDerivatives(), "∂e/∂c = d, ∂e/∂d = c");
        assertEquals(6, t.edgeVisits(), "reverse mode visits each of the six edges (the constant 1 → d too) once");
    }

    @Test
    void semicolonsSeparateAssignmentsAsNewLinesDo() {
        GraphTrace t = trace("c = a + b; d = b + 1; e = c * d", LECTURE_INPUTS);
        assertEquals(6.0, t.output().value(), 0.0);
        assertEquals(5.0, t.named("b").gradient(), 0.0);
    }

    @Test
    void pathSumOfBListsTwoPathsWhoseProductsAddToFive() {
        GraphTrace t = trace("c = a + b\nd = b + 1\ne = c * d", LECTURE_INPUTS);
        PathSum s = PathSum.of(t, t.named("b").id());
        assertEquals(2, s.pathCount());
        assertEquals(2, s.paths().size());
        // b → c → e: ∂c/∂b · ∂e/∂c = 1 · 2; b → d → e: 1 · 3
        assertEquals(List.of(1.0, 2.0), s.paths().get(0).factors());
        assertEquals(List.of(1.0, 3.0), s.paths().get(1).factors());
        assertEquals(5.0, s.sum(), 0.0);
        assertEquals(4, s.pathFactors(), "two paths of two edges");
        assertTrue(s.complete());
    }

    @Test
    void powerBindsTighterThanUnaryMinusAndProductsTighterThanSums() {
        Map<String, Double> in = inputs("x", 3);
        assertEquals(-9.0, trace("y = -x^2", in).output().value(), 0.0);
        assertEquals(7.0, trace("y = 1 + x * 2", in).output().value(), 0.0);
        assertEquals(-1.0, trace("y = 1 - x + 1", in).output().value(), 0.0, "left to right");
        assertEquals(0.5, trace("y = 3 / x / 2", in).output().value(), 0.0, "left to right");
        assertEquals(1.0 / 9, trace("y = x^-2", in).output().value(), 1e-17);
        assertEquals(27.0, trace("y = x**3", in).output().value(), 0.0);
        assertEquals(-6.0, trace("y = 2 * -x", in).output().value(), 0.0);
        assertEquals(12.0, trace("y = (x + 1) · x", in).output().value(), 0.0);
        assertEquals(0.0, trace("y = x − 3", in).output().value(), 0.0, "typographic minus");
    }

    @Test
    void localDerivativesOfEveryOperationByHand() {
        Map<String, Double> in = inputs("x", 2, "y", 4);
        assertEquals(List.of(1.0, -1.0), trace("z = x - y", in).output().localDerivatives());
        assertEquals(List.of(0.25, -0.125), trace("z = x / y", in).output().localDerivatives(), "1/y, −x/y²");
        assertEquals(List.of(12.0), trace("z = x^3", in).output().localDerivatives(), "3x²");
        assertEquals(List.of(-1.0), trace("z = -x", in).output().localDerivatives());
        assertEquals(List.of(0.5), trace("z = log(x)", in).output().localDerivatives(), "1/x");
        assertEquals(List.of(Math.exp(2)), trace("z = exp(x)", in).output().localDerivatives());
        assertEquals(List.of(1.0), trace("z = relu(x)", in).output().localDerivatives());
        // σ(ln 3) = 3/4, σ' = 3/16
        assertEquals(0.1875, trace("z = sigmoid(log(3))", in).output().localDerivatives().get(0), 1e-15);
    }

    @Test
    void aBareNameOrNumberOnTheRightStillGetsItsOwnNamedNode() {
        GraphTrace t = trace("k = 3\ny = x\nz = k * y", inputs("x", 2));
        assertEquals("const", t.named("k").op());
        assertEquals("identity", t.named("y").op());
        assertEquals(3.0, t.named("x").gradient(), 0.0);
        assertEquals(2.0, t.named("k").gradient(), 0.0);
        assertEquals("x", t.nodes().get(0).name());
    }

    @Test
    void nodesTheOutputDoesNotUseKeepGradientZeroAndUnusedInputsStillAppear() {
        GraphTrace t = trace("unused = a * 10\ne = b + 1", LECTURE_INPUTS);
        assertEquals(0.0, t.named("a").gradient(), 0.0);
        assertEquals(0.0, t.named("unused").gradient(), 0.0);
        assertEquals(1.0, t.named("b").gradient(), 0.0);
        assertEquals("e", t.outputName());
    }

    @Test
    void nonFiniteValuesAreComputedAndFlaggedNotThrown() {
        GraphTrace t = trace("c = log(a - 3)\nd = 1 / (b - 1)\ne = c + d", LECTURE_INPUTS);
        assertTrue(Double.isNaN(t.named("c").value()));
        assertEquals(Double.POSITIVE_INFINITY, t.named("d").value());
        assertTrue(t.nonFinite().contains(t.named("c").id()));
        assertTrue(t.nonFinite().contains(t.named("d").id()));
    }

    @Test
    void aCommentRunsToTheEndOfItsLine() {
        assertEquals(6.0, trace("# the lecture's graph\nc = a + b # sum\nd = b + 1\ne = c * d", LECTURE_INPUTS)
                .output().value(), 0.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c = a + x                 | 1 | 9  | undefined name \"x\"",
        "c = a +\\nd = 2           | 1 | 8  | expected a number, a name, a function call or (, found the end of the line",
        "c = foo(a)                | 1 | 5  | unknown function \"foo\"",
        "c = (a + b                | 1 | 11 | expected ), found the end of the program",
        "c = a $ b                 | 1 | 7  | unexpected character \"$\"",
        "a + b                     | 1 | 3  | expected = after a",
        "c = a ^ b                 | 1 | 9  | expected a number after ^",
        "c = a\\n  d = c c         | 2 | 9  | expected the end of the assignment",
        "c = softmax(a)            | 1 | 5  | softmax acts on a row",
        "3 = a                     | 1 | 1  | expected an assignment such as c = a + b",
        "c = a ^ 2 ^ 3             | 1 | 11 | a chain of ^ is ambiguous",
        "c = 1e999                 | 1 | 5  | too large",
        "c = 2a                    | 1 | 6  | expected the end of the assignment",
    })
    void badProgramsNameTheLineAndColumn(String program, int line, int column, String problem) {
        GraphProgramException e = assertThrows(GraphProgramException.class,
                () -> GraphParser.parse(program.strip().replace("\\n", "\n"), LECTURE_INPUTS));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": "), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void anEmptyProgramAsksForAnAssignment() {
        GraphProgramException e = assertThrows(GraphProgramException.class, () -> GraphParser.parse("  \n# none\n", LECTURE_INPUTS));
        assertEquals("line 1, column 1: expected at least one assignment such as e = c * d, found none", e.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithAMessageNotAStackOverflow() {
        String program = "c = " + "(".repeat(5000) + "a" + ")".repeat(5000);
        GraphProgramException e = assertThrows(GraphProgramException.class, () -> GraphParser.parse(program, LECTURE_INPUTS));
        assertTrue(e.problem().contains("nested more than"), e.getMessage());
    }

    @Test
    void aLongChainIsEvaluatedWithoutOverflowingTheStack() {
        String program = "c = a" + " + 1".repeat(4000);
        GraphTrace t = trace(program, LECTURE_INPUTS);
        assertEquals(4002.0, t.output().value(), 0.0);
        assertEquals(1.0, t.named("a").gradient(), 0.0);
    }

    @Test
    void aNameAssignedTwiceReadsTheLatestValue() {
        GraphTrace t = trace("c = a + 1\nc = c * 3\ne = c", inputs("a", 1));
        assertEquals(6.0, t.output().value(), 0.0);
        assertEquals(3.0, t.named("a").gradient(), 0.0);
        assertNull(t.nodes().get(1).name(), "the constant 1");
    }
}
