package org.backproplab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.backproplab.data.DataSpec;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Parameters;

/**
 * Writes a {@link LabFile} as a {@code backprop-lab/1} JSON document that {@link LabReader}
 * reads back to an equal lab (numbers are written with full double precision). Layout for
 * people: objects indented, arrays of plain values on one line, so a weight matrix shows one
 * row per line.
 */
public final class LabWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LabWriter() {
    }

    /**
     * Writes a lab file safely through {@link AtomicFileWriter}: the text goes to a temporary
     * file in the same folder, forced to the disk, which then replaces {@code file}; a save that
     * fails (read-only folder, full disk) leaves the old file intact.
     *
     * @param lab  the lab
     * @param file where to write (replaced if it exists)
     * @throws LabException with a one-line reason ("FILE: cannot save: …") when it cannot be written
     */
    public static void write(LabFile lab, Path file) {
        AtomicFileWriter.write(file, toJson(lab).getBytes(StandardCharsets.UTF_8), AtomicFileWriter.FILES);
    }

    /**
     * @param lab the lab
     * @return its JSON text, ending with a line break
     */
    public static String toJson(LabFile lab) {
        StringBuilder sb = new StringBuilder();
        emit(toTree(lab), sb, 0);
        return sb.append('\n').toString();
    }

    /**
     * @param lab the lab
     * @return its JSON tree
     */
    public static ObjectNode toTree(LabFile lab) {
        ObjectNode root = NODES.objectNode();
        root.put("format", LabReader.FORMAT);
        root.put("title", lab.title());
        if (!lab.notes().isEmpty()) {
            root.put("notes", lab.notes());
        }
        root.set("network", network(lab.architecture()));
        if (lab.parameters() != null) {
            root.set("parameters", parameters(lab.parameters()));
        } else {
            root.set("init", init(lab.init()));
        }
        root.set("data", data(lab.data()));
        root.set("training", training(lab.training()));
        return root;
    }

    private static ObjectNode network(Architecture arch) {
        ObjectNode n = NODES.objectNode();
        ArrayNode layers = n.putArray("layers");
        arch.sizes().forEach(layers::add);
        ArrayNode acts = n.putArray("activations");
        for (Activation a : arch.activations()) {
            acts.add(a.id());
        }
        n.put("bias", arch.bias());
        n.put("loss", arch.loss().id());
        return n;
    }

    private static ObjectNode parameters(Parameters p) {
        Architecture arch = p.architecture();
        ObjectNode n = NODES.objectNode();
        ArrayNode weights = n.putArray("weights");
        for (int l = 0; l < arch.layerCount(); l++) {
            int in = arch.inputsOf(l);
            int out = arch.unitsOf(l);
            ArrayNode matrix = weights.addArray();
            for (int i = 0; i < in; i++) {
                ArrayNode row = matrix.addArray();
                for (int j = 0; j < out; j++) {
                    row.add(p.weightsOf(l)[i * out + j]);
                }
            }
        }
        if (p.hasBiases()) {
            ArrayNode biases = n.putArray("biases");
            for (int l = 0; l < arch.layerCount(); l++) {
                ArrayNode row = biases.addArray();
                for (double b : p.biasesOf(l)) {
                    row.add(b);
                }
            }
        } else {
            n.putNull("biases");
        }
        return n;
    }

    private static ObjectNode init(Initializer init) {
        ObjectNode n = NODES.objectNode();
        n.put("scheme", init.scheme());
        n.put("seed", init.seed());
        if (init.scheme().equals("normal")) {
            n.put("std", init.scale());
        } else if (init.scheme().equals("uniform")) {
            n.put("epsilon", init.scale());
        }
        if (init.gain() != 1.0) {
            n.put("gain", init.gain());
        }
        return n;
    }

    private static ObjectNode data(DataSpec spec) {
        ObjectNode n = NODES.objectNode();
        if (spec instanceof DataSpec.Inline inline) {
            if (!inline.features().isEmpty()) {
                n.set("features", strings(inline.features()));
            }
            if (!inline.classes().isEmpty()) {
                n.set("classes", strings(inline.classes()));
            }
            if (inline.standardize()) {
                n.put("standardize", true);
            }
            n.set("inputs", matrix(inline.inputs()));
            n.set("targets", matrix(inline.targets()));
            if (inline.testInputs().length > 0) {
                n.set("testInputs", matrix(inline.testInputs()));
                n.set("testTargets", matrix(inline.testTargets()));
            }
        } else if (spec instanceof DataSpec.Csv csv) {
            n.put("csv", csv.csv());
            n.set("features", strings(csv.features()));
            n.put("target", csv.target());
            n.set("classes", strings(csv.classes()));
            n.put("standardize", csv.standardize());
            n.put("testFraction", csv.testFraction());
            n.put("seed", csv.seed());
        } else if (spec instanceof DataSpec.Generator gen) {
            n.put("generator", gen.generator());
            n.put("points", gen.points());
            n.put("noise", gen.noise());
            n.put("seed", gen.seed());
            n.put("testFraction", gen.testFraction());
        }
        return n;
    }

    private static ObjectNode training(TrainingSettings t) {
        ObjectNode n = NODES.objectNode();
        ObjectNode o = n.putObject("optimizer");
        o.put("type", t.optimizer().id());
        o.put("learningRate", t.learningRate());
        if (t.optimizer() == Optimizer.Kind.MOMENTUM) {
            o.put("beta", t.momentum());
        } else if (t.optimizer() == Optimizer.Kind.NESTEROV) {
            o.put("momentum", t.momentum());
        }
        if (t.l2() != 0) {
            n.putObject("regularization").put("l2", t.l2());
        }
        n.put("batchSize", t.batchSize());
        n.put("epochs", t.epochs());
        n.put("seed", t.seed());
        n.put("shuffle", t.shuffle());
        return n;
    }

    private static ArrayNode matrix(double[][] rows) {
        ArrayNode m = NODES.arrayNode();
        for (double[] row : rows) {
            ArrayNode r = m.addArray();
            for (double v : row) {
                r.add(v);
            }
        }
        return m;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }

    /** Writes a node: containers of plain values on one line, other containers indented. */
    private static void emit(JsonNode node, StringBuilder sb, int indent) {
        if (!node.isContainerNode() || node.isEmpty() || allPlain(node)) {
            sb.append(inline(node));
            return;
        }
        boolean object = node.isObject();
        sb.append(object ? '{' : '[').append('\n');
        Iterator<Map.Entry<String, JsonNode>> fields = object ? node.fields() : null;
        Iterator<JsonNode> elements = object ? null : node.elements();
        boolean first = true;
        while (object ? fields.hasNext() : elements.hasNext()) {
            if (!first) {
                sb.append(",\n");
            }
            first = false;
            sb.append(" ".repeat(indent + 2));
            JsonNode value;
            if (object) {
                Map.Entry<String, JsonNode> f = fields.next();
                sb.append(NODES.textNode(f.getKey())).append(": ");
                value = f.getValue();
            } else {
                value = elements.next();
            }
            emit(value, sb, indent + 2);
        }
        sb.append('\n').append(" ".repeat(indent)).append(object ? '}' : ']');
    }

    private static boolean allPlain(JsonNode node) {
        if (node.isObject()) {
            return false;
        }
        for (JsonNode e : node) {
            if (e.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static String inline(JsonNode node) {
        if (!node.isContainerNode()) {
            return node.toString();
        }
        StringBuilder sb = new StringBuilder(node.isArray() ? "[" : "{");
        boolean first = true;
        for (JsonNode e : node) {
            sb.append(first ? "" : ", ").append(e);
            first = false;
        }
        return sb.append(node.isArray() ? "]" : "}").toString();
    }
}
