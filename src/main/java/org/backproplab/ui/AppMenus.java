package org.backproplab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.backproplab.io.LabException;
import org.backproplab.io.Lessons;
import org.backproplab.ui.theme.AppTheme;
import org.backproplab.ui.theme.ThemeChoice;

/** The menu bar: File, Lessons, Training, View and Help. */
final class AppMenus {
    /** Keys and what they do, as listed in Help ▸ Keyboard shortcuts. */
    static final String[][] SHORTCUTS = {
        {"Space", "Play / Pause"},
        {"→", "Step forward (by the chosen granularity)"},
        {"←", "Step back"},
        {"Ctrl+O", "Open a lab file"},
        {"Ctrl+S", "Save the lab (current weights: continue later)"},
        {"Ctrl+Alt+S", "Save the lab as another file"},
        {"Ctrl+Shift+S", "Save the window as a PNG image"},
        {"F11", "Presenter mode (large type)"},
        {"F9", "Network only: the graph gets the window (on by itself in presenter mode on a short screen)"},
        {"F1", "This list"},
        {"Ctrl+Q", "Quit"},
    };

    private final MainViewModel vm;
    private final MainWindow window;
    private final List<Lessons.Lesson> lessons;

    AppMenus(MainViewModel vm, MainWindow window, List<Lessons.Lesson> lessons) {
        this.vm = vm;
        this.window = window;
        this.lessons = lessons;
    }

    MenuBar menuBar() {
        MenuItem open = item("Open lab…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openLab);
        MenuItem image = item("Save window as PNG…",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::saveImage);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        MenuItem save = item("Save lab", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveLab);
        save.setId("saveLab");
        MenuItem saveAs = item("Save lab as…",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
                this::saveLabAs);
        CheckMenuItem weights = new CheckMenuItem("Save with current weights");
        weights.selectedProperty().bindBidirectional(vm.saveCurrentWeightsProperty());
        Menu export = new org.backproplab.ui.exportmenu.ExportActions(vm.labProperty(), vm.snapshotProperty(),
                () -> window.getScene().getWindow(), vm::announce, window::showError).menu();
        MenuItem importCsv = item("Import CSV…", null, this::importCsv);
        importCsv.setId("importCsv");
        Menu file = new Menu("File", null, open, importCsv, save, saveAs, weights, new SeparatorMenuItem(), export, image,
                new SeparatorMenuItem(), quit);

        Menu lessonMenu = new Menu("Lessons");
        lessonMenu.getItems().addAll(lessonItems(lessons, window));

        MenuItem play = item("Play / Pause    Space", null, vm::togglePlay);
        MenuItem step = item("Step    →", null, vm::stepForward);
        MenuItem back = item("Step back    ←", null, vm::stepBack);
        back.disableProperty().bind(vm.canStepBackProperty().not());
        MenuItem reset = item("Reset to the starting weights", null, vm::reset);
        MenuItem reinit = item("Re-initialise weights", null, vm::reinitialise);
        Menu training = new Menu("Training", null, play, step, back, new SeparatorMenuItem(), reset, reinit);

        CheckMenuItem settings = new CheckMenuItem("Settings panel");
        settings.selectedProperty().bindBidirectional(vm.settingsVisibleProperty());
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presenter.selectedProperty().bindBidirectional(vm.presenterModeProperty());
        CheckMenuItem networkOnly = new CheckMenuItem("Network only");
        networkOnly.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        networkOnly.selectedProperty().bindBidirectional(vm.networkOnlyProperty());
        MenuItem digit = item("Draw a digit…", null, this::drawDigit);
        digit.setId("drawDigit");
        digit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.snapshotProperty().get()
                == null || vm.snapshotProperty().get().architecture().inputSize() != 64, vm.snapshotProperty()));
        Menu view = new Menu("View", null, settings, presenter, networkOnly, themeMenu(vm.theme()), digit);

        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        MenuItem about = item("About Backprop Lab", null, this::showAbout);
        Menu help = new Menu("Help", null, keys, about);

        MenuBar bar = new MenuBar(file, lessonMenu, training, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /**
     * View ▸ Theme: Light, Dark, High contrast; the item of the theme on show is ticked (with
     * none chosen, high contrast in presenter mode).
     */
    private static Menu themeMenu(ThemeChoice choice) {
        Menu menu = new Menu("Theme");
        menu.setId("themeMenu");
        ToggleGroup group = new ToggleGroup();
        for (AppTheme t : AppTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.id());
            item.setToggleGroup(group);
            item.setUserData(t);
            item.setSelected(choice.effective() == t);
            item.setOnAction(e -> choice.chosenProperty().set(t));
            menu.getItems().add(item);
        }
        choice.effectiveProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                item -> item.setSelected(item.getUserData() == now)));
        return menu;
    }

    static List<MenuItem> lessonItems(List<Lessons.Lesson> lessons, MainWindow window) {
        List<MenuItem> items = new ArrayList<>();
        for (Lessons.Lesson lesson : lessons) {
            items.add(item(lesson.title(), null, () -> window.openLesson(lesson)));
        }
        return items;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void openLab() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open lab file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lab files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path lessonsDir = Path.of("assets", "lessons");
        if (lessonsDir.toFile().isDirectory()) {
            chooser.setInitialDirectory(lessonsDir.toFile());
        }
        File f = chooser.showOpenDialog(window.getScene().getWindow());
        if (f != null) {
            window.open(f.toPath());
        }
    }

    private void importCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import CSV");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(window.getScene().getWindow());
        if (f != null) {
            importCsv(f.toPath());
        }
    }

    /** @param csv a CSV file: the Import CSV dialog for it; its lab starts only when confirmed */
    void importCsv(Path csv) {
        org.backproplab.ui.importcsv.ImportCsvDialog dialog =
                new org.backproplab.ui.importcsv.ImportCsvDialog(vm.labProperty().get(), csv);
        dialog.initOwner(window.getScene().getWindow());
        dialog.showAndWait().ifPresent(lab -> vm.load(lab, "Imported " + csv.getFileName() + ": training restarted")
                .whenComplete((loaded, error) -> {
                    if (error != null) {
                        window.showError("Cannot import", BackgroundLoads.reason(error));
                    }
                }));
    }

    private void drawDigit() {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setTitle("Draw a digit");
        stage.initOwner(window.getScene().getWindow());
        stage.setScene(new javafx.scene.Scene(new org.backproplab.ui.digitpad.DigitPadView(vm.snapshotProperty())));
        stage.show();
    }

    /** Save to the file opened or saved last; the first time, ask where. */
    private void saveLab() {
        Path target = vm.labPathProperty().get();
        if (target == null) {
            saveLabAs();
        } else {
            saveTo(target);
        }
    }

    private void saveLabAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save lab file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lab files", "*.lab.json", "*.json"));
        Path current = vm.labPathProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        } else {
            chooser.setInitialFileName("my-lab.lab.json");
        }
        File f = chooser.showSaveDialog(window.getScene().getWindow());
        if (f != null) {
            saveTo(withLabExtension(f.toPath()));
        }
    }

    /**
     * @param chosen the file name typed in the save dialog
     * @return it with ".lab.json" added when it does not end in ".json" (as File ▸ Open lists)
     */
    static Path withLabExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? chosen
                : chosen.resolveSibling(name + ".lab.json");
    }

    private void saveTo(Path target) {
        try {
            vm.save(target);
        } catch (LabException e) {
            window.showError("Cannot save lab", e.getMessage());
        }
    }

    private void saveImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save window as PNG");
        chooser.setInitialFileName("backprop-lab.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        File f = chooser.showSaveDialog(window.getScene().getWindow());
        if (f != null) {
            try {
                WindowImage.writePng(window.getScene(), f.toPath());
            } catch (IOException e) {
                window.showError("Cannot save image", f + ": " + e.getMessage());
            }
        }
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-grid");
        for (int r = 0; r < SHORTCUTS.length; r++) {
            Label key = new Label(SHORTCUTS[r][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(r, key, new Label(SHORTCUTS[r][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.initOwner(window.getScene().getWindow());
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Watch a small neural network learn and single-step backpropagation: forward pass, loss, "
                        + "backward pass, update, and back again.");
        alert.setHeaderText("Backprop Lab");
        alert.initOwner(window.getScene().getWindow());
        alert.show();
    }
}
