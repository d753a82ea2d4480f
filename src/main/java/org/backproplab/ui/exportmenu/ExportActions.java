package org.backproplab.ui.exportmenu;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backproplab.export.CurvesCsv;
import org.backproplab.export.NumpyScript;
import org.backproplab.export.PassJson;
import org.backproplab.io.LabFile;
import org.backproplab.sim.Snapshot;

/**
 * File ▸ Export: "NumPy script (starting weights)…", "NumPy script (current weights)…", "Curves as
 * CSV…" and "Pass as JSON…". Each asks for a file on the FX thread, then makes the text and writes
 * it (to a temporary file moved into place) on a background thread, and reports back on the FX
 * thread: a notice when done, an error dialog with the one-line reason when not.
 */
public final class ExportActions {
    private static final Executor BACKGROUND = task -> {
        Thread t = new Thread(task, "export-writer");
        t.setDaemon(true);
        t.start();
    };

    private final ReadOnlyObjectProperty<LabFile> lab;
    private final ReadOnlyObjectProperty<Snapshot> snapshot;
    private final Supplier<Window> owner;
    private final Consumer<String> done;
    private final BiConsumer<String, String> failed;

    /**
     * @param lab      the lab being trained
     * @param snapshot the run's latest snapshot
     * @param owner    the window the file choosers belong to
     * @param done     shows a notice (on the FX thread) after a file was written
     * @param failed   shows an error (header, one-line reason) on the FX thread
     */
    public ExportActions(ReadOnlyObjectProperty<LabFile> lab, ReadOnlyObjectProperty<Snapshot> snapshot,
                         Supplier<Window> owner, Consumer<String> done, BiConsumer<String, String> failed) {
        this.lab = lab;
        this.snapshot = snapshot;
        this.owner = owner;
        this.done = done;
        this.failed = failed;
    }

    /** @return the Export submenu */
    public Menu menu() {
        MenuItem start = item("NumPy script (starting weights)…", "exportNumpyStart", () -> exportScript(false));
        MenuItem current = item("NumPy script (current weights)…", "exportNumpyCurrent", () -> exportScript(true));
        MenuItem curves = item("Curves as CSV…", "exportCurves", this::exportCurves);
        MenuItem pass = item("Pass as JSON (trace format)…", "exportPass", this::exportPass);
        Menu menu = new Menu("Export", null, start, current, curves, pass);
        menu.setId("exportMenu");
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void exportScript(boolean currentWeights) {
        LabFile l = lab.get();
        Snapshot s = snapshot.get();
        if (l == null || s == null) {
            return;
        }
        String base = baseName(l);
        Path target = choose("Export as NumPy script", base + ".py", "Python scripts", "*.py");
        if (target != null) {
            String source = l.source() == null ? null : l.source().getFileName().toString();
            write(target, () -> NumpyScript.write(l, currentWeights ? s.parameters() : l.initialParameters(), s.data(),
                    l.training().epochs(), source), "NumPy script" + (currentWeights
                    ? " from the weights of iteration " + s.iteration() : " from the starting weights"));
        }
    }

    private void exportCurves() {
        Snapshot s = snapshot.get();
        LabFile l = lab.get();
        if (s == null || l == null) {
            return;
        }
        Path target = choose("Export curves as CSV", baseName(l) + "-curves.csv", "CSV files", "*.csv");
        if (target != null) {
            write(target, () -> CurvesCsv.of(s), "the loss and accuracy curves");
        }
    }

    private void exportPass() {
        Snapshot s = snapshot.get();
        LabFile l = lab.get();
        String problem = PassJson.problem(s);
        if (problem != null) {
            failed.accept("Cannot export the pass", problem);
            return;
        }
        Path target = choose("Export pass as JSON", baseName(l) + "-iteration-" + (s.iteration() + 1) + ".json",
                "JSON files", "*.json");
        if (target != null) {
            write(target, () -> PassJson.of(s), "iteration " + (s.iteration() + 1) + " in trace format");
        }
    }

    private Path choose(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, List.of(pattern)));
        File f = chooser.showSaveDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    /**
     * Makes the text and writes it off the FX thread; reports on the FX thread.
     *
     * @param target where to write
     * @param text   makes the text (called on the background thread)
     * @param what   what was written, for the notice
     * @return the background work, completed after the report was handed to the FX thread
     */
    CompletableFuture<Void> write(Path target, Supplier<String> text, String what) {
        return CompletableFuture.runAsync(() -> writeAtomically(target, text.get()), BACKGROUND)
                .handle((ok, error) -> {
                    Platform.runLater(() -> {
                        if (error == null) {
                            done.accept("Exported " + what + " to " + target.getFileName());
                        } else {
                            Throwable cause = error.getCause() != null ? error.getCause() : error;
                            failed.accept("Cannot export", target + ": " + cause.getMessage());
                        }
                    });
                    return null;
                });
    }

    private static void writeAtomically(Path target, String text) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(folder, ".export-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static String baseName(LabFile l) {
        if (l != null && l.source() != null) {
            String name = l.source().getFileName().toString();
            return name.replaceFirst("(\\.lab)?\\.json$", "");
        }
        return "backprop-lab";
    }
}
