package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Displayed numbers: four significant digits, scientific when small, typographic minus. */
class NumberTextTest {

    @Test
    void roundsToFourSignificantDigitsKeepingTrailingZerosOfRoundedValues() {
        assertEquals("−1.694", NumberText.short4(-1.69378));
        assertEquals("0.5270", NumberText.short4(0.52699227));
        assertEquals("−0.04096", NumberText.short4(-0.040961516));
        assertEquals("1235", NumberText.short4(1234.5678));
    }

    @Test
    void writesShortExactValuesAsTheyAre() {
        assertEquals("5", NumberText.short4(5.0));
        assertEquals("0.1", NumberText.short4(0.1));
        assertEquals("−0.25", NumberText.short4(-0.25));
        assertEquals("0", NumberText.short4(0.0));
    }

    @Test
    void usesScientificNotationWithProperMinusForSmallAndLargeMagnitudes() {
        assertEquals("−3.421e−6", NumberText.short4(-3.42057777e-06));
        assertEquals("7.550e−7", NumberText.short4(7.55032084e-07));
        assertEquals("2e−6", NumberText.short4(2e-6));
        assertEquals("1.235e5", NumberText.short4(123456.0));
        assertEquals("9.999e−4", NumberText.short4(0.00099991));
    }

    @Test
    void fullPrecisionReadsBackAsTheSameDouble() {
        assertEquals("−3.42057777e−6", NumberText.full(-3.42057777e-06));
        assertEquals("0.1", NumberText.full(0.1));
        assertEquals("NaN", NumberText.short4(Double.NaN));
    }

    @Test
    void axisFormatDropsFloatingPointNoiseOfTickValues() {
        assertEquals("0.6", new ShortNumberFormat().format(0.6000000000000001));
        assertEquals("0.3", new ShortNumberFormat().format(0.1 + 0.2));
        assertEquals("1e−4", new ShortNumberFormat().format(1e-4));
    }

    @Test
    void readoutTextHasTheGraphsDigitsWithZerosAddedForAlignment() {
        assertEquals("−0.04096", NumberText.aligned(-0.04096219982850885));
        assertEquals("−1.694", NumberText.aligned(-1.69378));
        assertEquals("0.0250", NumberText.aligned(0.025));
        assertEquals("0.9300", NumberText.aligned(0.93));
        assertEquals("1.500", NumberText.aligned(1.5));
        assertEquals("0.0000", NumberText.aligned(0.0));
        assertEquals("1235", NumberText.aligned(1234.5678));
        assertEquals("−3.421e−6", NumberText.aligned(-3.42057777e-06));
        assertEquals("—", NumberText.aligned(Double.NaN));
        java.util.Random rnd = new java.util.Random(5);
        for (int i = 0; i < 10_000; i++) {
            double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(12) - 7);
            String graph = NumberText.short4(v);
            String readout = NumberText.aligned(v);
            assertTrue(readout.startsWith(graph) && readout.substring(graph.length()).matches("\\.?0*"),
                    v + ": " + graph + " vs " + readout);
        }
    }

    @Test
    void percentagesKeepTheDecimalPointUnderAGermanLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("93.3 %", NumberText.percent(0.93333));
            assertEquals("0.5270", NumberText.short4(0.52699227));
            assertEquals("0.2", new NumberTextConverter().toString(0.2));
            assertEquals(0.25, new NumberTextConverter().fromString("0,25"));
            assertEquals(-0.5, new NumberTextConverter().fromString("−0.5"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
