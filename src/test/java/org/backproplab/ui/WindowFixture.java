package org.backproplab.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.io.Lessons;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main window on a lab for the TestFX tests and reads what it displays. */
final class WindowFixture {
    static final Path LECTURE = Path.of("src/test/resources/reference/lecture-2-3-1-sigmoid.lab.json");

    final MainViewModel vm;
    final MainWindow window;

    /**
     * @param stage the test stage
     * @param lab   the lab to open
     */
    WindowFixture(Stage stage, LabFile lab) {
        vm = new MainViewModel(LabRun.start(lab));
        window = new MainWindow(vm, Lessons.builtIn());
        stage.setScene(BackpropLabApp.createScene(window, 1280, 800));
        stage.show();
        window.start();
    }

    static LabFile lecture() {
        return LabReader.read(LECTURE);
    }

    /** A 10-sample, shuffled, minibatch lab (2-4-3-1 with momentum). */
    static LabFile shuffled() {
        return LabReader.parse("""
                {"format": "backprop-lab/1", "title": "shuffled",
                 "network": {"layers": [2, 4, 3, 1], "activations": ["tanh", "tanh", "sigmoid"],
                             "bias": true, "loss": "bce"},
                 "init": {"scheme": "xavier", "seed": 7},
                 "data": {"inputs": [[0.1, 0.9], [0.8, 0.2], [0.5, 0.5], [0.9, 0.9], [0.2, 0.1],
                                     [0.3, 0.7], [0.7, 0.3], [0.6, 0.9], [0.1, 0.2], [0.95, 0.05]],
                          "targets": [[1], [0], [1], [0], [1], [1], [0], [0], [1], [0]]},
                 "training": {"optimizer": {"type": "momentum", "learningRate": 0.3, "beta": 0.9},
                              "batchSize": 3, "shuffle": true, "seed": 11, "epochs": 100000}}
                """, "shuffled", null);
    }

    void close() {
        window.stop();
        vm.close();
    }

    /** Waits until the views show a snapshot satisfying the condition. */
    Snapshot awaitRendered(Predicate<Snapshot> condition) throws Exception {
        return awaitRendered(condition, 20);
    }

    /** Waits up to that many seconds until the views show a snapshot satisfying the condition. */
    Snapshot awaitRendered(Predicate<Snapshot> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            Snapshot s = window.renderedSnapshot();
            return s != null && condition.test(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.renderedSnapshot();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
