package org.backproplab.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** Choice boxes that show items by a name of our choosing (e.g. an activation's lab-file id). */
final class Choices {
    private Choices() {
    }

    /**
     * @param items the choices
     * @param name  how to show one
     * @param <T>   item type
     * @return a choice box over them
     */
    static <T> ChoiceBox<T> of(List<T> items, Function<T, String> name) {
        ChoiceBox<T> c = new ChoiceBox<>(FXCollections.observableArrayList(items));
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return c.getItems().stream().filter(t -> name.apply(t).equals(s)).findFirst().orElse(null);
            }
        });
        return c;
    }
}
