/**
 * Backprop Lab: a desktop program for watching a small neural network learn and
 * single-stepping backpropagation, with a command line for traces, training and benchmarks.
 */
module org.backproplab {
    requires javafx.controls;
    requires javafx.swing;
    requires java.desktop;
    requires org.jfree.chart.fx;
    requires org.jfree.jfreechart;
    requires ejml.simple;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires org.apache.commons.csv;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    // bench: the warm-up waits for the JIT compiler to settle
    requires java.management;
    // optional: the vectorised kernels run only when a launcher adds this incubator module
    requires static jdk.incubator.vector;

    exports org.backproplab.engine;
    exports org.backproplab.engine.graph;
    exports org.backproplab.data;
    exports org.backproplab.sim;
    exports org.backproplab.io;
    exports org.backproplab.cli;
    exports org.backproplab.input;
    exports org.backproplab.export;
    // picocli reads the commands' option fields by reflection
    opens org.backproplab.cli to info.picocli;
    exports org.backproplab.ui;
    exports org.backproplab.ui.views;
    exports org.backproplab.ui.graphlab;
    exports org.backproplab.ui.gradcheck;
    exports org.backproplab.ui.notes;
    exports org.backproplab.ui.gradientflow;
    exports org.backproplab.ui.confusion;
    exports org.backproplab.ui.heatmap;
    exports org.backproplab.ui.hiddenspace;
    exports org.backproplab.ui.theme;
    exports org.backproplab.ui.pointedit;
    exports org.backproplab.ui.perceptron;
}
