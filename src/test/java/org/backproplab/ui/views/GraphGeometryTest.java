package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Node placement: big layers become strips of small dots and leave the other nodes their size. */
class GraphGeometryTest {

    @Test
    void theDigitsSixtyFourInputsAreAStripAndTheTenOutputsKeepReadableNodes() {
        // 400 px of usable height: 64 inputs → 6.25 px apart, 10 outputs → 40 px apart
        GraphGeometry g = new GraphGeometry(List.of(64, 32, 10), 800, 440, 40, 20, 20, 30);
        assertTrue(g.isStrip(0));
        assertTrue(g.isStrip(1));
        assertFalse(g.isStrip(2));
        // radius = 0.36 × 40 px = 14.4 from the outputs alone; strip dots 0.42 × 6.25 px (the densest strip)
        assertEquals(14.4, g.radius(2), 1e-9);
        assertEquals(14.4, g.radius(), 1e-9);
        assertEquals(Math.max(1.5, 0.42 * 400 / 64), g.radius(0), 1e-9);
        assertEquals(GraphSelection.node(2, 3), g.hit(g.x(2, 3) + 10, g.y(2, 3), 6));
    }

    @Test
    void aNetworkOfOnlyBigLayersHasNoStrips() {
        GraphGeometry g = new GraphGeometry(List.of(30, 30), 800, 440, 40, 20, 20, 30);
        assertFalse(g.isStrip(0));
        assertEquals(g.radius(), g.radius(1), 0);
    }
}
