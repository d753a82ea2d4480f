package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.backproplab.engine.SplitMix64;
import org.junit.jupiter.api.Test;

/** Every class generator the settings panel offers makes exactly the class count it announces. */
class ClassGeneratorsTest {
    @Test
    void everyClassGeneratorMakesTwoClasses() {
        for (String name : DataGenerators.NAMES) {
            DataGenerators.Points p = DataGenerators.generate(name, 200, 0.0, new SplitMix64(5));
            assertEquals(DataGenerators.CLASS_COUNT, Arrays.stream(p.label()).distinct().count(), name);
            assertEquals(0, Arrays.stream(p.label()).filter(l -> l != 0 && l != 1).count(), name);
        }
    }
}
