package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every view renders every kind of network at every phase, and the inspector explains every
 * node and edge: perceptron, deep relu, tanh regression with squared error, softmax with bce.
 */
class AnyArchitectureTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    static Snapshot snapshot(Architecture arch, int step, boolean classification) {
        Parameters p = new Initializer("xavier", 3, 0).initialise(arch);
        int rows = 3;
        int in = arch.inputSize();
        int out = arch.outputSize();
        double[] x = new double[rows * in];
        double[] t = new double[rows * out];
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                x[r * in + i] = Math.sin(r + 2.0 * i);
            }
            labels[r] = r % Math.max(2, out);
            if (out == 1) {
                t[r] = classification ? labels[r] : 0.3 * r - 0.2;
            } else {
                t[r * out + labels[r] % out] = 1;
            }
        }
        List<String> features = new ArrayList<>();
        for (int i = 0; i < in; i++) {
            features.add("x" + (i + 1));
        }
        List<String> classes = new ArrayList<>();
        for (int k = 0; k < Math.max(2, out); k++) {
            classes.add("c" + k);
        }
        Dataset train = new Dataset(x, t, classification ? labels : null, rows, in, out, features,
                classification ? classes : List.of());
        Pass pass = new Network(p).computePass(Matrix.copyOf(rows, in, x, 0), Matrix.copyOf(rows, out, t, 0), 0.01);
        PhaseCursor phase = new PhaseCursor(step, arch.layerCount());
        return new Snapshot(arch, p, pass, phase, 0, 0, 0, 1, new int[] {0, 2}, new DataSplit(train,
                org.backproplab.data.DataLoader.empty(train), null), List.of(), List.of(), false, true, "");
    }

    @Test
    void everyViewRendersEveryNetworkKindAtEveryPhase() {
        List<Architecture> archs = List.of(
                new Architecture(List.of(2, 1), List.of(Activation.STEP), true, Loss.PERCEPTRON),
                new Architecture(List.of(2, 5, 4, 3, 1), List.of(Activation.RELU, Activation.RELU, Activation.TANH,
                        Activation.SIGMOID), true, Loss.BCE),
                new Architecture(List.of(3, 4, 1), List.of(Activation.TANH, Activation.IDENTITY), true, Loss.SQUARED),
                new Architecture(List.of(2, 3, 3), List.of(Activation.SIGMOID, Activation.SOFTMAX), false, Loss.BCE));
        boolean[] classification = {true, true, false, true};
        for (int a = 0; a < archs.size(); a++) {
            Architecture arch = archs.get(a);
            boolean labelled = classification[a];
            Fx.run(() -> {
                NetworkGraphView graph = new NetworkGraphView();
                InspectorPane inspector = new InspectorPane();
                ActivationPlotView activation = new ActivationPlotView();
                LossChartView loss = new LossChartView();
                DecisionRegionView regions = new DecisionRegionView();
                Stage stage = new Stage();
                stage.setScene(new Scene(new HBox(graph, inspector, activation, loss, regions), 1200, 500));
                stage.show();
                for (int step = 0; step <= 2 * arch.layerCount() + 2; step++) {
                    Snapshot s = snapshot(arch, step, labelled);
                    graph.render(s);
                    activation.layerProperty().set(1 + step % arch.layerCount());
                    activation.render(s);
                    loss.render(s);
                    regions.render(s);
                    for (int l = 0; l <= arch.layerCount(); l++) {
                        for (int u = 0; u < arch.sizes().get(l); u++) {
                            inspector.render(s, GraphSelection.node(l, u));
                            assertFalse(inspector.formulaText().isBlank());
                            graph.hover(GraphSelection.node(l, u));
                            assertTrue(graph.hoverText().contains("="));
                            for (int from = 0; l > 0 && from < arch.sizes().get(l - 1); from++) {
                                inspector.render(s, GraphSelection.edge(l, from, u));
                                assertTrue(inspector.formulaText().contains("∂J/∂"), inspector.formulaText());
                            }
                        }
                    }
                }
                regions.dispose();
                stage.close();
            });
        }
    }
}
