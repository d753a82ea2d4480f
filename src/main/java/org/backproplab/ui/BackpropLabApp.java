package org.backproplab.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backproplab.data.DataException;
import org.backproplab.io.GraphLab;
import org.backproplab.io.LabDocument;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.io.Lessons;
import org.backproplab.sim.LabRun;
import org.backproplab.ui.theme.ThemeApplier;

/**
 * The desktop application: opens the lab named on the command line (or the first lesson) in the
 * main window, installs the keyboard shortcuts, and in snapshot mode writes a PNG and exits.
 * {@link #launch} starts JavaFX, hands this instance its {@link LaunchOptions} directly and
 * waits until JavaFX has shut down, so nothing passes through static fields.
 */
public final class BackpropLabApp {
    private final LaunchOptions options;
    private volatile int exitCode;
    private MainWindow window;

    /**
     * What the window opens with.
     *
     * @param lessons the lessons for the menus
     * @param first   the run of the lab shown first
     */
    private record Opening(List<Lessons.Lesson> lessons, LabRun first, GraphLab graph) {
        /**
         * Reads the lessons and starts the run of the lab the options name, or of the first
         * lesson; a graph lab is shown over the first lesson's network.
         */
        static Opening read(LaunchOptions options) {
            List<Lessons.Lesson> lessons = Lessons.builtIn();
            LabDocument named = options.lab() != null ? LabReader.readDocument(options.lab()) : null;
            LabFile lab = named instanceof LabFile file ? file : lessons.get(0).lab();
            return new Opening(lessons, LabRun.start(lab), named instanceof GraphLab g ? g : null);
        }
    }

    private BackpropLabApp(LaunchOptions options) {
        this.options = options;
    }

    /**
     * Opens the window and returns when JavaFX has shut down (the window closed, Quit, or the
     * snapshot written). The lessons and the lab are read on a background thread while JavaFX
     * starts, so that parsing overlaps JavaFX's own start instead of delaying the first frame.
     * Once per process (JavaFX starts only once).
     *
     * @param options what the command line asked for
     * @return the process exit code: 0, 1 when the snapshot could not be made, 2 for a bad lab
     */
    public static int launch(LaunchOptions options) {
        BackpropLabApp app = new BackpropLabApp(options);
        CompletableFuture<Opening> opening = CompletableFuture.supplyAsync(() -> Opening.read(options));
        CompletableFuture<Thread> fxThread = new CompletableFuture<>();
        Platform.startup(() -> {
            fxThread.complete(Thread.currentThread());
            app.start(new Stage(), opening);
        });
        try {
            // the JavaFX application thread ends when JavaFX exits (Platform.exit or the last window closed)
            fxThread.join().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (app.window != null) {
            app.window.viewModel().close();
        }
        return app.exitCode;
    }

    /** @param code the exit code {@link #launch} returns; then JavaFX shuts down */
    private void exit(int code) {
        exitCode = code;
        Platform.exit();
    }

    private void start(Stage stage, CompletableFuture<Opening> ready) {
        Opening opening;
        try {
            opening = await(ready);
        } catch (LabException | DataException e) {
            System.err.println(e.getMessage());
            exit(2);
            return;
        }
        LabRun first = opening.first();
        MainViewModel vm = new MainViewModel(first);
        vm.theme().chosenProperty().set(options.theme());
        window = new MainWindow(vm, opening.lessons());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        boolean snapshot = options.snapshot() != null;
        double width = options.width() > 0 ? options.width()
                : snapshot ? screen.getWidth() : Math.min(1280, screen.getWidth());
        double height = options.height() > 0 ? options.height()
                : snapshot ? screen.getHeight() : Math.min(800, screen.getHeight());
        // on small screens the graph and plots get the room; ☰ (or View ▸ Settings panel) opens the settings
        vm.settingsVisibleProperty().set(width >= 1600);
        Scene scene = createScene(window, width, height);
        stage.setTitle("Backprop Lab — " + first.lab().title());
        vm.labProperty().addListener((obs, old, lab) -> stage.setTitle("Backprop Lab — " + lab.title()));
        vm.graphLabProperty().addListener((obs, old, g) -> stage.setTitle("Backprop Lab — "
                + (g != null ? g.labProperty().get().title() : vm.labProperty().get().title())));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> window.stop());
        stage.show();
        window.start();
        if (opening.graph() != null) {
            vm.showGraph(opening.graph(), "Opened " + options.lab().getFileName());
        }
        if (options.presenter()) {
            vm.presenterModeProperty().set(true);
        }
        if (snapshot) {
            new SnapshotMode(window, options.snapshot(), options.steps(), this::exit).start();
        }
    }

    /** @return the preloaded opening; its bad-input exceptions as themselves */
    private static Opening await(CompletableFuture<Opening> ready) {
        try {
            return ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The scene of a main window, with the style sheets and the keyboard shortcuts.
     *
     * @param window the window content
     * @param width  scene width
     * @param height scene height
     * @return the scene
     */
    public static Scene createScene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(BackpropLabApp.class.getResource("app.css").toExternalForm());
        var views = BackpropLabApp.class.getResource("views/views.css");
        if (views != null) {
            scene.getStylesheets().add(views.toExternalForm());
        }
        ThemeApplier.install(scene, window.viewModel().theme(), window::redrawAll);
        installShortcuts(scene, window.viewModel());
        return scene;
    }

    /**
     * Space, → and ← anywhere except while typing in a field. Enter (after the field took it)
     * and Escape (which first puts back a spinner's value) leave the field, as does a click
     * elsewhere, so that the shortcuts work again.
     */
    private static void installShortcuts(Scene scene, MainViewModel vm) {
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl field && e.getTarget() instanceof javafx.scene.Node n
                    && !within(n, field)) {
                Platform.runLater(scene.getRoot()::requestFocus);
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl field) {
                if (e.getCode() == KeyCode.ENTER) {
                    Platform.runLater(scene.getRoot()::requestFocus);
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    if (field.getParent() instanceof javafx.scene.control.Spinner<?> spinner) {
                        revert(spinner);
                    }
                    scene.getRoot().requestFocus();
                    e.consume();
                }
                return;
            }
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                vm.togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                vm.stepForward();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                vm.stepBack();
                e.consume();
            }
        });
    }

    /** Whether a node is the field or inside it, or inside the spinner or combo box it edits for. */
    private static boolean within(javafx.scene.Node n, TextInputControl field) {
        javafx.scene.Node owner = field.getParent() instanceof javafx.scene.control.Control c ? c : field;
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == field || p == owner) {
                return true;
            }
        }
        return false;
    }

    private static <T> void revert(javafx.scene.control.Spinner<T> spinner) {
        if (spinner.getValueFactory() != null) {
            spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
        }
    }
}
