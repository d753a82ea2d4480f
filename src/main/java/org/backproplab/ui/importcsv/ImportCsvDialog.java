package org.backproplab.ui.importcsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backproplab.data.CsvSource;
import org.backproplab.data.CsvTable;
import org.backproplab.data.DataException;
import org.backproplab.io.LabFile;

/**
 * The Import CSV dialog for one file: the first rows as a table, check boxes for the feature
 * columns (columns of numbers), the target column, the classes to keep for a text target,
 * standardisation and the test split. The file is read on a background thread; any problem (a
 * bad row, no numeric column, one class only) shows in red inside the dialog, with the line and
 * column where there is one, and OK keeps the dialog open until the choice can be trained. The
 * result is the new lab; the caller starts it, so the current run is untouched until then.
 */
public final class ImportCsvDialog extends Dialog<LabFile> {
    /** Rows shown in the preview. */
    public static final int PREVIEW_ROWS = 8;
    private final LabFile current;
    private final Path file;
    private final Label problem = new Label();
    private final TableView<List<String>> preview = new TableView<>();
    private final FlowPane features = new FlowPane(10, 6);
    private final ComboBox<String> target = new ComboBox<>();
    private final FlowPane classes = new FlowPane(10, 6);
    private final Label targetKind = new Label();
    private final CheckBox standardize = new CheckBox("Standardise the features (mean 0, standard deviation 1)");
    private final ComboBox<Double> testFraction = new ComboBox<>();
    private CsvTable table;

    /**
     * @param current the lab now running (its hidden layers and training settings are kept)
     * @param file    the CSV file to import
     */
    public ImportCsvDialog(LabFile current, Path file) {
        this.current = current;
        this.file = file;
        setTitle("Import CSV");
        setHeaderText("Import " + file.getFileName());
        getDialogPane().setId("importCsvDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        problem.setId("importProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        problem.setMaxWidth(640);
        preview.setId("importPreview");
        preview.setPrefHeight(230);
        preview.setPrefWidth(640);
        features.setId("importFeatures");
        target.setId("importTarget");
        classes.setId("importClasses");
        standardize.setId("importStandardize");
        standardize.setSelected(true);
        testFraction.setId("importTestFraction");
        testFraction.getItems().addAll(0.0, 0.1, 0.2, 0.3);
        testFraction.setValue(0.2);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Features"), features);
        grid.addRow(1, new Label("Target"), new VBox(4, target, targetKind));
        grid.addRow(2, new Label("Classes"), classes);
        grid.addRow(3, new Label("Test split"), testFraction);
        grid.add(standardize, 1, 4);
        getDialogPane().setContent(new VBox(10, preview, grid, problem));
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setDisable(true);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            LabFile lab = build();
            if (lab == null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? build() : null);
        target.valueProperty().addListener((o, was, now) -> showTarget());
        problem.setText("Reading " + file + " …");
        CompletableFuture.supplyAsync(() -> CsvSource.read(file.toAbsolutePath().toString(), null))
                .whenComplete((t, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        problem.setText(cause.getMessage());
                    } else {
                        fill(t);
                    }
                }));
    }

    /** @return the problem shown in the dialog, or "" */
    public String problem() {
        return problem.getText();
    }

    private void fill(CsvTable t) {
        table = t;
        problem.setText("");
        for (int c = 0; c < t.header().size(); c++) {
            final int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(t.header().get(c));
            col.setPrefWidth(Math.max(80, 10 * t.header().get(c).length()));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            preview.getColumns().add(col);
        }
        for (int r = 0; r < Math.min(PREVIEW_ROWS, t.records().size()); r++) {
            preview.getItems().add(t.records().get(r).fields());
        }
        int lastText = -1;
        int numericCount = 0;
        for (int c = 0; c < t.header().size(); c++) {
            boolean numeric = CsvImport.numeric(t, c);
            CheckBox box = new CheckBox(t.header().get(c));
            box.setMnemonicParsing(false);
            box.setDisable(!numeric);
            box.setSelected(numeric);
            features.getChildren().add(box);
            target.getItems().add(t.header().get(c));
            numericCount += numeric ? 1 : 0;
            lastText = numeric ? lastText : c;
        }
        if (numericCount == 0) {
            problem.setText(t.name() + ": no column holds only numbers, so there is nothing to use as a feature");
            return;
        }
        // the last text column (or else the last column) is the likely target
        int guess = lastText >= 0 ? lastText : t.header().size() - 1;
        target.setValue(t.header().get(guess));
        getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
    }

    private void showTarget() {
        classes.getChildren().clear();
        if (table == null || target.getValue() == null) {
            return;
        }
        int column = table.columnIndex(target.getValue());
        for (Node n : features.getChildren()) {
            CheckBox box = (CheckBox) n;
            if (box.getText().equals(target.getValue())) {
                box.setSelected(false);
            }
        }
        if (CsvImport.numeric(table, column)) {
            targetKind.setText("numbers: a regression (one identity output, squared loss)");
            return;
        }
        List<String> values = CsvImport.values(table, column);
        targetKind.setText(values.size() + " classes, in order of first appearance: tick the ones to keep");
        for (String v : values) {
            CheckBox box = new CheckBox(v);
            box.setMnemonicParsing(false);
            box.setSelected(true);
            classes.getChildren().add(box);
        }
    }

    // the lab of the current choice, or null after showing why there is none
    private LabFile build() {
        if (table == null) {
            return null;
        }
        List<String> chosen = new ArrayList<>();
        for (Node n : features.getChildren()) {
            CheckBox box = (CheckBox) n;
            if (box.isSelected() && !box.isDisabled()) {
                chosen.add(box.getText());
            }
        }
        List<String> kept = new ArrayList<>();
        for (Node n : classes.getChildren()) {
            if (((CheckBox) n).isSelected()) {
                kept.add(((CheckBox) n).getText());
            }
        }
        boolean text = !classes.getChildren().isEmpty();
        if (text && kept.size() < 2) {
            problem.setText(table.name() + ": column \"" + target.getValue() + "\": keep at least 2 classes, found "
                    + kept.size());
            return null;
        }
        try {
            LabFile lab = CsvImport.lab(current, file.toAbsolutePath().toString(), chosen, target.getValue(),
                    text ? kept : List.of(), standardize.isSelected(), testFraction.getValue());
            problem.setText("");
            return lab;
        } catch (DataException | IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return null;
        }
    }
}
