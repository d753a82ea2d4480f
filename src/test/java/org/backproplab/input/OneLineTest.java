package org.backproplab.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Messages stay on one line whatever the user's text holds. */
class OneLineTest {

    @Test
    void lineBreaksControlCharactersAndSeparatorsAreEscaped() {
        assertEquals("unknown loss \"bce\\n\\u2028\\u2029\\t\\r\\u0000\\u001b\\u0085\"",
                OneLine.of("unknown loss \"bce\n\u2028\u2029\t\r\u0000\u001b\u0085\""));
    }

    @Test
    void textWithoutSuchCharactersIsReturnedAsIs() {
        String s = "lab.json: network.layers[1]: expected a whole number ≥ 1, found \"three\" (π, ∂J/∂w, 😀)";
        assertSame(s, OneLine.of(s));
    }

    @Test
    void aLoneSurrogateIsEscapedAndAPairKept() {
        assertEquals("a\\ud83db\ud83d\ude00", OneLine.of("a\ud83db\ud83d\ude00"));
    }

    @Test
    void quotingCutsLongTextWithoutSplittingAPair() {
        String longText = "x".repeat(59) + "\ud83d\ude00" + "tail";
        assertEquals("\"" + "x".repeat(59) + "…\"", OneLine.quote(longText));
        assertEquals("\"a\\nb\"", OneLine.quote("a\nb"));
    }
}
