package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Views taking turns while playing: one per frame, round robin, each within its interval. */
class ViewTurnsTest {
    private static final long MS = 1_000_000L;

    @Test
    void oneViewRendersPerFrameInRoundRobinOrderAndEachWaitsForItsInterval() {
        List<String> log = new ArrayList<>();
        ViewTurns turns = new ViewTurns();
        turns.add(100 * MS, s -> log.add("graph"));
        turns.add(500 * MS, s -> log.add("chart"));
        turns.add(100 * MS, s -> log.add("text"));
        // frames 20 ms apart from t = 1 s
        for (int frame = 0; frame < 10; frame++) {
            turns.renderOne(null, 1000 * MS + frame * 20 * MS);
        }
        // t=1000 graph, 1020 chart, 1040 text, then nothing due until graph at 1100 and text at 1140
        assertEquals(List.of("graph", "chart", "text"), log.subList(0, 3));
        assertEquals(List.of("graph", "chart", "text", "graph", "text"), log);
    }

    @Test
    void aHiddenViewTakesNoTurnButRenderAllIncludesIt() {
        List<String> log = new ArrayList<>();
        AtomicBoolean inspectorShown = new AtomicBoolean(false);
        ViewTurns turns = new ViewTurns();
        turns.add(100 * MS, inspectorShown::get, s -> log.add("inspector"));
        turns.add(100 * MS, s -> log.add("graph"));
        assertTrue(turns.renderOne(null, 0));
        assertFalse(turns.renderOne(null, 20 * MS));
        assertEquals(List.of("graph"), log);
        turns.renderAll(null, 40 * MS);
        assertEquals(List.of("graph", "inspector", "graph"), log);
        inspectorShown.set(true);
        assertTrue(turns.renderOne(null, 140 * MS));
        assertEquals("inspector", log.get(log.size() - 1));
    }
}
