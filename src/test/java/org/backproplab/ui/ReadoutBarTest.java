package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the readout writes the training speed. */
class ReadoutBarTest {

    @Test
    void speedsAreRoundedToTwoSignificantDigitsWithThousandsSeparators() {
        assertEquals("16,000", ReadoutBar.roughCount(16_214.7));
        assertEquals("120,000", ReadoutBar.roughCount(123_456));
        assertEquals("950", ReadoutBar.roughCount(951.2));
        assertEquals("100", ReadoutBar.roughCount(99.6));
        assertEquals("37", ReadoutBar.roughCount(37.4));
        assertEquals("0", ReadoutBar.roughCount(0.2));
    }
}
