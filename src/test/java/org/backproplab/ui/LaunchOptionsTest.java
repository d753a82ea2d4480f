package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launch options are a plain value: no static state, and the app receives them directly. */
class LaunchOptionsTest {

    private static List<String> staticFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).toList();
    }

    @Test
    void launchOptionsAndTheAppKeepNoStaticState() {
        assertEquals(List.of(), staticFields(LaunchOptions.class));
        assertEquals(List.of(), staticFields(BackpropLabApp.class));
    }

    @Test
    void optionsAreEqualByValue() {
        LaunchOptions a = new LaunchOptions(Path.of("lab.json"), null, 3, 1280, 800);
        assertEquals(new LaunchOptions(Path.of("lab.json"), null, 3, 1280, 800, false), a);
        assertTrue(new LaunchOptions(null, null, 0, 0, 0, true).presenter());
    }
}
