package org.backproplab.ui.notes;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import org.backproplab.io.LabDocument;

/**
 * A collapsible "Lesson notes" panel showing a lab's notes (plain text, paragraphs kept),
 * hidden when the lab has none. Starts expanded; the title bar folds it away.
 */
public final class NotesPanel extends TitledPane {
    private final Label text = new Label();

    /** An empty, hidden panel. */
    public NotesPanel() {
        setText("Lesson notes");
        setId("notesPanel");
        getStyleClass().add("notes-panel");
        text.setId("notesText");
        text.setWrapText(true);
        text.getStyleClass().add("notes-text");
        text.setStyle("-fx-font-size: 13px; -fx-padding: 4;");
        text.setMinHeight(0);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(150);
        setContent(scroll);
        setAnimated(false);
        show("");
    }

    /**
     * A panel that follows a lab's notes and presenter mode.
     *
     * @param lab       the lab on show
     * @param presenter presenter mode
     */
    public NotesPanel(ObservableValue<? extends LabDocument> lab, ObservableValue<Boolean> presenter) {
        this();
        show(lab.getValue().notes());
        lab.addListener((obs, old, now) -> show(now.notes()));
        setPresenterMode(presenter.getValue());
        presenter.addListener((obs, old, on) -> setPresenterMode(on));
    }

    /** @param notes the lab's notes, "" for none (the panel then hides) */
    public void show(String notes) {
        text.setText(notes);
        boolean any = notes != null && !notes.isBlank();
        setVisible(any);
        setManaged(any);
    }

    /** @return the notes on show */
    public String notes() {
        return text.getText();
    }

    /** @param on true for presentation: larger type */
    public void setPresenterMode(boolean on) {
        text.setStyle("-fx-font-size: " + (on ? 19 : 13) + "px; -fx-padding: 4;");
    }
}
