package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the phase strip writes the training speed. */
class PhaseIndicatorTest {

    @Test
    void speedsAreRoundedToTwoSignificantDigitsWithThousandsSeparators() {
        assertEquals("16,000", PhaseIndicator.roughCount(16_214.7));
        assertEquals("120,000", PhaseIndicator.roughCount(123_456));
        assertEquals("950", PhaseIndicator.roughCount(951.2));
        assertEquals("100", PhaseIndicator.roughCount(99.6));
        assertEquals("37", PhaseIndicator.roughCount(37.4));
        assertEquals("0", PhaseIndicator.roughCount(0.2));
    }
}
