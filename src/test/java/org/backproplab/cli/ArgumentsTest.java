package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Options with values, flags without, and positional arguments in any order. */
class ArgumentsTest {

    @Test
    void aFlagTakesNoValueAndLeavesTheNextArgumentAlone() {
        Arguments a = Arguments.parse(new String[] {"--presenter", "lab.json", "--size", "1280x800"},
                Set.of("--presenter"), "--size");
        assertTrue(a.flag("--presenter"));
        assertEquals(List.of("lab.json"), a.positional());
        assertEquals("1280x800", a.options().get("--size"));
    }

    @Test
    void anAbsentFlagIsFalseAndAnUndeclaredOneIsRefused() {
        Arguments a = Arguments.parse(new String[] {"lab.json"}, Set.of("--presenter"), "--size");
        assertFalse(a.flag("--presenter"));
        UsageException e = assertThrows(UsageException.class,
                () -> Arguments.parse(new String[] {"--presenter", "x"}, "--size"));
        assertEquals("unknown option --presenter", e.getMessage());
    }
}
