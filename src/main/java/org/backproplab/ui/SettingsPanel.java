package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backproplab.data.DataGenerators;
import org.backproplab.data.DataSpec;
import org.backproplab.data.IrisData;
import org.backproplab.data.RegressionGenerators;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.OutputLayer;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Optimizer;
import org.backproplab.io.LabFile;
import org.backproplab.io.TrainingSettings;
import org.backproplab.sim.Hyperparameters;

/**
 * The collapsible settings panel: data (the lab's own, Iris with a class subset and a feature
 * pair, the 8×8 digits, or a generator of classes or of a numeric target with points and noise;
 * standardisation and test split; the network's ends follow, see {@link OutputLayer#forData}), network
 * (hidden layers, activations, loss, biases) and training (optimiser and its momentum,
 * learning rate, batch size, L2, shuffling, initialiser and seed). The learning rate, momentum
 * and L2, which change only how the next updates are computed, apply at once without a restart
 * ({@link MainViewModel#setHyperparameters}); every other change builds a new lab and restarts
 * the run from iteration 0 with a notice saying so (the batch size too: it changes the
 * iterations of an epoch, so the history and the loss curve would not line up). The panel
 * groups the two kinds under captions. A combination that does not make a valid lab is
 * explained in red and not applied.
 */
final class SettingsPanel extends ScrollPane {
    private static final String LAB_DATA = DataSources.LAB_DATA;
    private static final String IRIS = DataSources.IRIS;
    private static final String DIGITS = DataSources.DIGITS;
    private static final List<String> GENERATORS = DataGenerators.NAMES;
    private static final List<String> IRIS_FEATURES = IrisData.FEATURES;
    private static final List<String> IRIS_CLASSES = IrisData.CLASSES;
    private static final String LAB_WEIGHTS = "lab's weights";
    private static final String RESTARTS = "Changes here restart the run:";

    private final MainViewModel vm;
    private final ChoiceBox<String> source = new ChoiceBox<>();
    private final List<CheckBox> classes = new ArrayList<>();
    private final ChoiceBox<String> featureX = new ChoiceBox<>(FXCollections.observableArrayList(IRIS_FEATURES));
    private final ChoiceBox<String> featureY = new ChoiceBox<>(FXCollections.observableArrayList(IRIS_FEATURES));
    private final Spinner<Integer> points = new Spinner<>(20, 1000, 200, 20);
    private final Spinner<Double> noise = new Spinner<>(0.0, 1.0, 0.0, 0.05);
    private final CheckBox standardize = new CheckBox("Standardise features");
    private final Spinner<Double> testFraction = new Spinner<>(0.0, 0.5, 0.2, 0.05);
    private final HiddenLayersEditor hidden = new HiddenLayersEditor(() -> apply(true), t -> this.problem.setText(t));
    private final ChoiceBox<Activation> outputActivation = Choices.of(List.of(Activation.values()), Activation::id);
    private final ChoiceBox<Loss> loss = Choices.of(List.of(Loss.values()), Loss::id);
    private final CheckBox bias = new CheckBox("Biases");
    private final ChoiceBox<Optimizer.Kind> optimizer = Choices.of(List.of(Optimizer.Kind.values()), Optimizer.Kind::id);
    private final Spinner<Double> momentum = new Spinner<>(0.0, 0.99, 0.9, 0.05);
    private final Spinner<Double> learningRate = new Spinner<>(0.0001, 10.0, 0.1, 0.01);
    private final Spinner<Integer> batchSize = new Spinner<>(0, 10_000, 0, 1);
    private final Spinner<Double> l2 = new Spinner<>(0.0, 1.0, 0.0, 0.001);
    private final CheckBox shuffle = new CheckBox("Shuffle every epoch");
    private final ChoiceBox<String> init = new ChoiceBox<>();
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1, 1);
    private final Spinner<Integer> epochs = new Spinner<>(1, 10_000_000, 100, 100);
    // the initialiser's parameter: σ for normal, ε for uniform (unused by the other schemes)
    private final Spinner<Double> initScale = new Spinner<>(0.0, 100.0, 1.0, 0.1);
    private final Spinner<Double> initGain = new Spinner<>(0.0, 100.0, 1.0, 0.1);
    private final Label problem = new Label();
    private final GridPane irisBox = new GridPane();
    private final GridPane generatorBox = new GridPane();
    private final GridPane splitBox = new GridPane();
    private LabFile lab;
    private DataSpec labData;
    private boolean updating;

    SettingsPanel(MainViewModel vm) {
        this.vm = vm;
        setId("settingsPanel");
        getStyleClass().add("settings-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(270);
        setPrefWidth(300);

        source.getItems().addAll(DataSources.all());
        source.setId("dataSource");
        for (String c : IRIS_CLASSES) {
            CheckBox box = new CheckBox(c);
            box.selectedProperty().addListener((obs, o, n) -> apply(true));
            classes.add(box);
        }
        VBox classBox = new VBox(4);
        classBox.getChildren().addAll(classes);
        row(irisBox, 0, "Classes", classBox);
        row(irisBox, 1, "Feature x", featureX);
        row(irisBox, 2, "Feature y", featureY);
        row(generatorBox, 0, "Points", points);
        row(generatorBox, 1, "Noise", noise);
        GridPane dataGrid = new GridPane();
        row(dataGrid, 0, "Source", source);
        row(splitBox, 0, "Test split", testFraction);
        VBox data = new VBox(8, caption(null, RESTARTS), dataGrid, irisBox, generatorBox, splitBox, standardize);

        GridPane outGrid = new GridPane();
        row(outGrid, 0, "Output", outputActivation);
        row(outGrid, 1, "Loss", loss);
        VBox network = new VBox(8, caption(null, RESTARTS), hidden, outGrid, bias);

        learningRate.setId("learningRateSpinner");
        momentum.setId("momentumSpinner");
        l2.setId("l2Spinner");
        batchSize.setId("batchSizeSpinner");
        GridPane liveGrid = new GridPane();
        row(liveGrid, 0, "Learning rate", learningRate);
        row(liveGrid, 1, "Momentum", momentum);
        row(liveGrid, 2, "L2", l2);
        row(liveGrid, 3, "Epochs (Play stops)", epochs);
        epochs.setId("epochsSpinner");
        epochs.setTooltip(new javafx.scene.control.Tooltip(
                "Play pauses when this many epochs are done; Play again continues past them"));
        GridPane trainGrid = new GridPane();
        row(trainGrid, 0, "Optimiser", optimizer);
        row(trainGrid, 1, "Batch (0 = all)", batchSize);
        row(trainGrid, 2, "Initialiser", init);
        row(trainGrid, 3, "σ (normal) / ε (uniform)", initScale);
        row(trainGrid, 4, "Gain (× every weight)", initGain);
        row(trainGrid, 5, "Seed", seed);
        initScale.setId("initScaleSpinner");
        initGain.setId("initGainSpinner");
        VBox training = new VBox(8, caption("liveCaption", "Apply at once, no restart:"),
                liveGrid, caption("restartCaption", "These restart the run:"), trainGrid, shuffle);

        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        TitledPane dataPane = new TitledPane("Data", data);
        TitledPane networkPane = new TitledPane("Network", network);
        TitledPane trainingPane = new TitledPane("Training", training);
        javafx.scene.control.Accordion sections = new javafx.scene.control.Accordion(dataPane, networkPane,
                trainingPane);
        sections.setExpandedPane(networkPane);
        setContent(new VBox(problem, sections));

        BooleanSupplier fromUser = () -> !updating && lab != null;
        Consumer<String> report = problem::setText;
        SpinnerFields.integer(points, "Points", fromUser, report, () -> apply(false));
        SpinnerFields.decimal(noise, "Noise", fromUser, report, () -> apply(false));
        SpinnerFields.decimal(testFraction, "Test split", fromUser, report, () -> apply(false));
        SpinnerFields.decimal(momentum, "Momentum", fromUser, report, this::applyLive);
        SpinnerFields.decimal(learningRate, "Learning rate", fromUser, report, this::applyLive);
        SpinnerFields.integer(batchSize, "Batch size", fromUser, report, () -> apply(false));
        SpinnerFields.decimal(l2, "L2", fromUser, report, this::applyLive);
        SpinnerFields.integer(seed, "Seed", fromUser, report, () -> apply(false));
        SpinnerFields.decimal(initScale, "σ / ε", fromUser, report, () -> apply(false));
        SpinnerFields.decimal(initGain, "Gain", fromUser, report, () -> apply(false));
        SpinnerFields.integer(epochs, "Epochs", fromUser, report, () -> vm.setEpochs(epochs.getValue()));
        for (Spinner<?> s : List.of(points, noise, testFraction, momentum, learningRate, batchSize, l2, seed,
                initScale, initGain, epochs)) {
            s.setPrefWidth(110);
        }
        for (ChoiceBox<?> c : List.of(source, featureX, featureY, init)) {
            c.valueProperty().addListener((obs, o, n) -> apply(c == source));
        }
        outputActivation.valueProperty().addListener((obs, o, n) -> apply(true));
        loss.valueProperty().addListener((obs, o, n) -> apply(true));
        optimizer.valueProperty().addListener((obs, o, n) -> apply(false));
        for (CheckBox c : List.of(standardize, shuffle)) {
            c.selectedProperty().addListener((obs, o, n) -> apply(false));
        }
        bias.selectedProperty().addListener((obs, o, n) -> apply(true));
    }

    private static Label caption(String id, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("settings-caption");
        label.setStyle("-fx-text-fill: #455a64; -fx-font-style: italic;");
        label.setWrapText(true);
        label.setTooltip(new javafx.scene.control.Tooltip(id != null && id.equals("liveCaption")
                ? "Learning rate, momentum and L2 change from the next update on; Step Back across the change restores the old values"
                : "The run starts again from its first iteration with the new settings"));
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    private static void row(GridPane grid, int r, String name, Node control) {
        Label label = new Label(name);
        label.getStyleClass().add("setting-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(r, label, control);
        grid.getStyleClass().add("settings-grid");
    }

    /**
     * Shows a lab's settings without applying them.
     *
     * @param shown the lab now training
     */
    void show(LabFile shown) {
        updating = true;
        try {
            if (lab == null || shown.data() instanceof DataSpec.Inline) {
                labData = shown.data() instanceof DataSpec.Inline ? shown.data() : labData;
            }
            lab = shown;
            showData(shown.data());
            Architecture a = shown.architecture();
            int last = a.layerCount() - 1;
            hidden.setLayers(a.sizes().subList(1, a.sizes().size() - 1), a.activations().subList(0, last));
            outputActivation.setValue(a.outputActivation());
            loss.setValue(a.loss());
            bias.setSelected(a.bias());
            TrainingSettings t = shown.training();
            optimizer.setValue(t.optimizer());
            if (t.optimizer() != Optimizer.Kind.SGD) {
                // with sgd the spinner keeps its value, the β a switch to momentum starts from
                momentum.getValueFactory().setValue(t.momentum());
            }
            learningRate.getValueFactory().setValue(t.learningRate());
            batchSize.getValueFactory().setValue(t.batchSize());
            l2.getValueFactory().setValue(t.l2());
            epochs.getValueFactory().setValue(t.epochs());
            shuffle.setSelected(t.shuffle());
            init.getItems().setAll(Initializer.SCHEMES);
            if (shown.parameters() != null) {
                init.getItems().add(0, LAB_WEIGHTS);
                init.setValue(LAB_WEIGHTS);
            } else {
                init.setValue(shown.init().scheme());
                if (Initializer.takesScale(shown.init().scheme())) {
                    initScale.getValueFactory().setValue(shown.init().scale());
                }
                initGain.getValueFactory().setValue(shown.init().gain());
                seed.getValueFactory().setValue((int) Math.min(Integer.MAX_VALUE, Math.max(0, shown.init().seed())));
            }
            problem.setText("");
            refreshVisibility();
        } finally {
            updating = false;
        }
    }

    private void showData(DataSpec d) {
        if (IrisData.isIris(d) && d instanceof DataSpec.Csv csv) {
            source.setValue(IRIS);
            for (CheckBox c : classes) {
                c.setSelected(csv.classes().contains(c.getText()));
            }
            featureX.setValue(csv.features().get(0));
            featureY.setValue(csv.features().size() > 1 ? csv.features().get(1) : IRIS_FEATURES.get(2));
            standardize.setSelected(csv.standardize());
            testFraction.getValueFactory().setValue(csv.testFraction());
        } else if (d instanceof DataSpec.Csv csv && csv.csv().toLowerCase().contains("digits8x8")) {
            source.setValue(DIGITS);
            standardize.setSelected(csv.standardize());
            testFraction.getValueFactory().setValue(csv.testFraction());
        } else if (d instanceof DataSpec.Generator g) {
            source.setValue(g.generator());
            points.getValueFactory().setValue(g.points());
            noise.getValueFactory().setValue(g.noise());
            testFraction.getValueFactory().setValue(g.testFraction());
        } else {
            source.setValue(LAB_DATA);
        }
        if (featureX.getValue() == null) {
            featureX.setValue(IRIS_FEATURES.get(0));
            featureY.setValue(IRIS_FEATURES.get(2));
            classes.get(0).setSelected(true);
            classes.get(1).setSelected(true);
        }
    }

    private void refreshVisibility() {
        boolean iris = IRIS.equals(source.getValue());
        boolean digits = DIGITS.equals(source.getValue());
        boolean generator = DataSources.isGenerator(source.getValue());
        irisBox.setVisible(iris);
        irisBox.setManaged(iris);
        generatorBox.setVisible(generator);
        generatorBox.setManaged(generator);
        standardize.setVisible(iris || digits);
        standardize.setManaged(iris || digits);
        splitBox.setVisible(iris || digits || generator);
        splitBox.setManaged(iris || digits || generator);
        momentum.setDisable(optimizer.getValue() == Optimizer.Kind.SGD);
        seed.setDisable(LAB_WEIGHTS.equals(init.getValue()));
        initScale.setDisable(!Initializer.takesScale(init.getValue()));
        initGain.setDisable(LAB_WEIGHTS.equals(init.getValue()));
    }

    /** Sends the learning rate, momentum and L2 to the run without restarting it. */
    private void applyLive() {
        if (updating || lab == null) {
            return;
        }
        double m = optimizer.getValue() == Optimizer.Kind.SGD ? 0 : momentum.getValue();
        try {
            vm.setHyperparameters(new Hyperparameters(learningRate.getValue(), m, l2.getValue()));
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    /** Builds the lab the controls describe and restarts the run with it. */
    private void apply(boolean architectureChanged) {
        if (updating || lab == null) {
            return;
        }
        refreshVisibility();
        LabFile next;
        try {
            next = build();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        boolean shapeChanged = !next.architecture().equals(lab.architecture());
        vm.load(next, (shapeChanged || architectureChanged ? "Network changed" : "Settings changed")
                + ": training restarted from its first iteration").whenComplete((loaded, error) ->
                problem.setText(error == null ? "" : BackgroundLoads.reason(error)));
    }

    private LabFile build() {
        DataSpec data;
        int inputs;
        int classCount;
        boolean regression = false;
        String src = source.getValue();
        if (IRIS.equals(src)) {
            List<String> chosen = classes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
            data = IrisData.spec(List.of(featureX.getValue(), featureY.getValue()), chosen, standardize.isSelected(),
                    testFraction.getValue());
            inputs = 2;
            classCount = chosen.size();
        } else if (DIGITS.equals(src)) {
            data = DataSources.digits(standardize.isSelected(), testFraction.getValue());
            inputs = DataSources.DIGIT_PIXELS.size();
            classCount = 10;
        } else if (DataSources.isGenerator(src)) {
            data = new DataSpec.Generator(src, points.getValue(), noise.getValue(), 1, testFraction.getValue());
            regression = RegressionGenerators.isRegression(src);
            inputs = regression ? RegressionGenerators.features(src) : 2;
            classCount = regression ? 0 : 2;
        } else {
            data = labData == null ? lab.data() : labData;
            inputs = lab.architecture().inputSize();
            classCount = 0;
        }
        org.backproplab.sim.Snapshot shown = vm.snapshotProperty().get();
        boolean wasRegression = shown != null && !shown.data().train().isClassification();
        OutputLayer out = OutputLayer.forData(classCount, regression, wasRegression,
                new OutputLayer(lab.architecture().outputSize(), outputActivation.getValue(), loss.getValue()));
        int outputs = out.units();
        Activation outAct = out.activation();
        Loss lossKind = out.loss();
        List<Integer> sizes = new ArrayList<>();
        sizes.add(inputs);
        sizes.addAll(hidden.widths());
        sizes.add(outputs);
        List<Activation> acts = new ArrayList<>(hidden.activations());
        acts.add(outAct);
        Architecture arch = new Architecture(sizes, acts, bias.isSelected(), lossKind);
        TrainingSettings t = lab.training();
        TrainingSettings training = new TrainingSettings(optimizer.getValue(), learningRate.getValue(),
                optimizer.getValue() == Optimizer.Kind.SGD ? 0 : momentum.getValue(), l2.getValue(),
                batchSize.getValue(), t.epochs(), t.seed(), shuffle.isSelected());
        boolean keepWeights = LAB_WEIGHTS.equals(init.getValue()) && arch.equals(lab.architecture())
                && lab.parameters() != null;
        Initializer initializer = null;
        if (!keepWeights) {
            String scheme = LAB_WEIGHTS.equals(init.getValue()) ? Initializer.DEFAULT_SCHEME : init.getValue();
            initializer = Initializer.withScaleIfUsed(scheme, seed.getValue(), initScale.getValue(), initGain.getValue());
        }
        return new LabFile(lab.title(), arch, keepWeights ? lab.parameters() : null, initializer, data, training,
                lab.source(), lab.notes());
    }
}
