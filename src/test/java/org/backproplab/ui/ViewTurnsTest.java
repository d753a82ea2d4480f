package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Views taking turns over one snapshot (the target) while playing flat out: one per frame,
 * round robin, each within its interval, and a newer snapshot only once every shown view drew
 * the target.
 */
class ViewTurnsTest {
    private static final long MS = 1_000_000L;

    @Test
    void oneViewRendersPerFrameInRoundRobinOrderAndEachWaitsForItsInterval() {
        List<String> log = new ArrayList<>();
        ViewTurns<String> turns = new ViewTurns<>();
        turns.add(100 * MS, s -> log.add("graph " + s));
        turns.add(500 * MS, s -> log.add("chart " + s));
        turns.add(100 * MS, s -> log.add("text " + s));
        // a new snapshot every frame, frames 20 ms apart from t = 1 s
        for (int frame = 0; frame < 10; frame++) {
            turns.renderOne("s" + frame, 1000 * MS + frame * 20 * MS);
        }
        // t=1000..1040 the three views draw s0 (the target); s3 becomes the target at t=1060,
        // but graph and text wait until 1100 and 1140, the chart until 1520
        assertEquals(List.of("graph s0", "chart s0", "text s0", "graph s3", "text s3"), log);
        assertFalse(turns.allDrew());
        assertEquals(List.of("s3", "s0", "s3"), turns.drawn());
    }

    @Test
    void aNewerSnapshotWaitsUntilEveryShownViewDrewTheTarget() {
        List<String> log = new ArrayList<>();
        ViewTurns<String> turns = new ViewTurns<>();
        turns.add(0, s -> log.add("graph " + s));
        turns.add(0, s -> log.add("readout " + s));
        assertTrue(turns.renderOne("a", 0));
        assertFalse(turns.allDrew());
        assertTrue(turns.renderOne("b", 20 * MS));
        // both drew "a" although "b" arrived in between
        assertEquals(List.of("graph a", "readout a"), log);
        assertTrue(turns.allDrew());
        assertEquals("a", turns.target());
        assertTrue(turns.renderOne("b", 40 * MS));
        assertEquals("b", turns.target());
        assertEquals("graph b", log.get(2));
    }

    @Test
    void aHiddenViewTakesNoTurnAndIsNotWaitedForButRenderAllIncludesIt() {
        List<String> log = new ArrayList<>();
        AtomicBoolean inspectorShown = new AtomicBoolean(false);
        ViewTurns<String> turns = new ViewTurns<>();
        turns.add(100 * MS, inspectorShown::get, s -> log.add("inspector"));
        turns.add(100 * MS, s -> log.add("graph"));
        assertTrue(turns.renderOne("a", 0));
        assertTrue(turns.allDrew());
        assertFalse(turns.renderOne("a", 20 * MS));
        assertEquals(List.of("graph"), log);
        turns.renderAll("b", 40 * MS);
        assertEquals(List.of("graph", "inspector", "graph"), log);
        assertEquals(List.of("b", "b"), turns.drawn());
        inspectorShown.set(true);
        assertTrue(turns.renderOne("c", 140 * MS));
        assertEquals("inspector", log.get(log.size() - 1));
    }
}
