package org.backproplab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.ClassLabels;
import org.backproplab.data.DataSpec;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Parameters;
import org.backproplab.input.FileProblemException;
import org.backproplab.input.Limits;
import org.backproplab.input.MalformedTextException;
import org.backproplab.input.TextFiles;

/**
 * Reads and validates lab files ({@code backprop-lab/1}, DESIGN §5). Every field is checked;
 * a problem becomes a {@link LabException} naming the file, the place and what was expected.
 */
public final class LabReader {
    /** The format tag this reader accepts. */
    public static final String FORMAT = "backprop-lab/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private LabReader() {
    }

    /**
     * @param file a lab file
     * @return the parsed lab
     * @throws LabException when the file is missing, unreadable, malformed or inconsistent
     */
    public static LabFile read(Path file) {
        return new LabReader.Parser(new JsonFields(file.toString())).lab(tree(file), file);
    }

    /**
     * @param json   the lab file's text
     * @param name   name for messages (usually the path)
     * @param source the file, or null (relative data paths then resolve against datasets/ only)
     * @return the parsed lab
     */
    public static LabFile parse(String json, String name, Path source) {
        return new LabReader.Parser(new JsonFields(name)).lab(tree(json, name), source);
    }

    /**
     * @param file a lab file of either kind
     * @return the network lab or the graph lab it holds
     * @throws LabException when the file is missing, unreadable, malformed or inconsistent
     */
    public static LabDocument readDocument(Path file) {
        return document(tree(file), file.toString(), file);
    }

    /**
     * @param json   a lab file's text, of either kind
     * @param name   name for messages
     * @param source the file, or null
     * @return a {@link GraphLab} when it has a {@code "graph"}, else a {@link LabFile}
     */
    public static LabDocument parseDocument(String json, String name, Path source) {
        return document(tree(json, name), name, source);
    }

    private static LabDocument document(JsonNode root, String name, Path source) {
        JsonFields f = new JsonFields(name);
        if (root.has("graph")) {
            new LabReader.Parser(f).format(root);
            return GraphLabReader.read(root, f, source);
        }
        return new LabReader.Parser(f).lab(root, source);
    }

    /**
     * The file's JSON, streamed from the file: only a regular file, only up to
     * {@link Limits#MAX_LAB_BYTES}, decoded as strict UTF-8 (a bad byte named by line and column).
     */
    private static JsonNode tree(Path file) {
        JsonNode root;
        try (Reader in = TextFiles.open(file, Limits.MAX_LAB_BYTES)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(file.toString(), e);
        } catch (NoSuchFileException e) {
            throw new LabException(file + ": file not found");
        } catch (MalformedTextException | FileProblemException e) {
            throw new LabException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new LabException(file + ": cannot read: " + e.getMessage());
        }
        return object(root, file.toString());
    }

    private static JsonNode tree(String json, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(name, e);
        }
        return object(root, name);
    }

    private static JsonNode object(JsonNode root, String name) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new LabException(name + ": expected a JSON object at the top level");
        }
        return root;
    }

    private static LabException malformed(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
        return new LabException(name + ": " + where + "malformed JSON: " + plainJsonProblem(e.getOriginalMessage()));
    }

    /**
     * Jackson's parse messages without its internals: no feature names to enable, no source
     * descriptions; NaN and infinity explained.
     */
    static String plainJsonProblem(String jackson) {
        String m = jackson.replace('\n', ' ').replace('\r', ' ');
        if (m.startsWith("Non-standard token 'NaN'") || m.startsWith("Non-standard token 'Infinity'")
                || m.startsWith("Non-standard token '-Infinity'") || m.startsWith("Non-standard token '+Infinity'")) {
            return "NaN and infinity are not numbers in JSON (every value must be finite)";
        }
        m = m.replaceAll(": enable `[^`]*` to allow", "");
        m = m.replaceAll("\\s*\\(bound as `[^`]*`\\)", "");
        m = m.replaceAll(":? not allowed as per `[^`]*`", "");
        m = m.replaceAll(", from `[^`]*`", "");
        m = m.replace("Trailing token", "Text after the end of the lab's object: a token");
        m = m.replaceAll("\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                "(opened at line $1, column $2)");
        return m.strip();
    }

    private record Parser(JsonFields f) {

        void format(JsonNode root) {
            String format = f.text(f.required(root, "", "format"), "format");
            if (!FORMAT.equals(format)) {
                throw f.error("format", "expected \"" + FORMAT + "\", found \"" + format + "\"");
            }
        }

        LabFile lab(JsonNode root, Path source) {
            format(root);
            if (root.has("graph")) {
                throw f.error("graph", "this is a graph lab (a computational graph, no network): "
                        + "open it in the window or run trace on it");
            }
            String title = f.optionalText(root, "", "title", "Untitled lab");
            String notes = f.optionalText(root, "", "notes", "");
            Architecture arch = network(f.object(root, "", "network"));
            Parameters params = null;
            Initializer init = null;
            JsonNode p = root.get("parameters");
            if (p != null && !p.isNull()) {
                params = parameters(p, arch);
            } else {
                JsonNode i = root.get("init");
                init = i == null || i.isNull() ? new Initializer("xavier", 1, 0) : init(i);
            }
            DataSpec data = data(f.object(root, "", "data"), arch);
            JsonNode t = root.get("training");
            TrainingSettings training = training(t == null || t.isNull() ? MAPPER.createObjectNode() : t);
            return new LabFile(title, arch, params, init, data, training, source, notes);
        }

        Architecture network(JsonNode n) {
            JsonNode layersNode = f.array(f.required(n, "network", "layers"), "network.layers", -1);
            if (layersNode.size() < 2) {
                throw f.error("network.layers", "expected at least 2 sizes (input and output), found " + layersNode.size());
            }
            if (Limits.layersProblem(layersNode.size()) != null) {
                throw f.error("network.layers", Limits.layersProblem(layersNode.size()));
            }
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < layersNode.size(); i++) {
                String path = "network.layers[" + i + "]";
                long units = f.integer(layersNode.get(i), path, 1);
                if (Limits.unitsProblem(units) != null) {
                    throw f.error(path, Limits.unitsProblem(units));
                }
                sizes.add((int) units);
            }
            List<String> actNames = f.texts(f.required(n, "network", "activations"), "network.activations");
            if (actNames.size() != sizes.size() - 1) {
                throw f.error("network.activations", "expected " + (sizes.size() - 1)
                        + " entries (one per non-input layer), found " + actNames.size());
            }
            List<Activation> acts = new ArrayList<>();
            for (int i = 0; i < actNames.size(); i++) {
                try {
                    acts.add(Activation.fromId(actNames.get(i)));
                } catch (IllegalArgumentException e) {
                    throw f.error("network.activations[" + i + "]", e.getMessage());
                }
            }
            for (int i = 0; i < acts.size() - 1; i++) {
                if (acts.get(i) == Activation.SOFTMAX) {
                    throw f.error("network.activations[" + i + "]",
                            "softmax is allowed only on the last layer, found on layer " + (i + 1) + " of " + acts.size());
                }
            }
            boolean bias = f.optionalBoolean(n, "network", "bias", true);
            long[] units = sizes.stream().mapToLong(Integer::longValue).toArray();
            if (Limits.parametersProblem(units, bias) != null) {
                throw f.error("network.layers", Limits.parametersProblem(units, bias));
            }
            Loss loss;
            try {
                loss = Loss.fromId(f.text(f.required(n, "network", "loss"), "network.loss"));
            } catch (IllegalArgumentException e) {
                throw f.error("network.loss", e.getMessage());
            }
            try {
                return new Architecture(sizes, acts, bias, loss);
            } catch (IllegalArgumentException e) {
                // sizes, counts and softmax placement are checked above: what is left is the
                // loss not fitting the output activation
                throw f.error("network.loss", e.getMessage());
            }
        }

        Parameters parameters(JsonNode n, Architecture arch) {
            if (!n.isObject()) {
                throw f.error("parameters", "expected an object, found " + JsonFields.describe(n));
            }
            Parameters p = new Parameters(arch);
            JsonNode w = f.array(f.required(n, "parameters", "weights"), "parameters.weights", arch.layerCount());
            for (int l = 0; l < arch.layerCount(); l++) {
                int in = arch.inputsOf(l);
                int out = arch.unitsOf(l);
                double[][] m = f.matrix(w.get(l), "parameters.weights[" + l + "]", in, out);
                for (int i = 0; i < in; i++) {
                    System.arraycopy(m[i], 0, p.weightsOf(l), i * out, out);
                }
            }
            JsonNode b = n.get("biases");
            if (arch.bias()) {
                if (b == null || b.isNull()) {
                    throw f.error("parameters.biases", "missing: network.bias is true, so give one vector per layer");
                }
                f.array(b, "parameters.biases", arch.layerCount());
                for (int l = 0; l < arch.layerCount(); l++) {
                    double[] v = f.vector(b.get(l), "parameters.biases[" + l + "]", arch.unitsOf(l));
                    System.arraycopy(v, 0, p.biasesOf(l), 0, v.length);
                }
            } else if (b != null && !b.isNull()) {
                throw f.error("parameters.biases", "expected null: network.bias is false");
            }
            return p;
        }

        Initializer init(JsonNode n) {
            if (!n.isObject()) {
                throw f.error("init", "expected an object, found " + JsonFields.describe(n));
            }
            String scheme = f.text(f.required(n, "init", "scheme"), "init.scheme");
            long seed = f.optionalInteger(n, "init", "seed", Long.MIN_VALUE, 1);
            double scale = switch (scheme) {
                case "normal" -> f.optionalNumber(n, "init", "std", 1.0);
                case "uniform" -> f.optionalNumber(n, "init", "epsilon", 0.5);
                default -> 0.0;
            };
            double gain = f.optionalNumber(n, "init", "gain", 1.0);
            try {
                return new Initializer(scheme, seed, scale, gain);
            } catch (IllegalArgumentException e) {
                throw f.error("init.scheme", e.getMessage());
            }
        }

        DataSpec data(JsonNode n, Architecture arch) {
            if (n.has("inputs") || n.has("targets")) {
                return InlineDataReader.read(f, n, arch, totalUnits(arch));
            }
            if (n.has("csv")) {
                String csv = f.text(n.get("csv"), "data.csv");
                List<String> features = f.texts(f.required(n, "data", "features"), "data.features");
                if (features.size() != arch.inputSize()) {
                    throw f.error("data.features", "expected " + arch.inputSize()
                            + " column names (network.layers[0]), found " + features.size());
                }
                String target = f.text(f.required(n, "data", "target"), "data.target");
                JsonNode c = n.get("classes");
                List<String> classes = c == null || c.isNull() ? List.of() : f.texts(c, "data.classes");
                // without classes the file decides: a text column's values are the classes (checked on loading)
                String problem = classes.isEmpty() ? null : ClassLabels.outputSizeProblem(classes.size(), arch);
                if (problem != null) {
                    throw f.error("data.classes", problem);
                }
                return new DataSpec.Csv(csv, features, target, classes,
                        f.optionalBoolean(n, "data", "standardize", false), testFraction(n),
                        f.optionalInteger(n, "data", "seed", Long.MIN_VALUE, 1));
            }
            if (n.has("generator")) {
                String g = f.text(n.get("generator"), "data.generator");
                boolean regression = org.backproplab.data.RegressionGenerators.isRegression(g);
                if (!regression && !List.of("circle", "xor", "gauss", "spiral").contains(g)) {
                    throw f.error("data.generator", "unknown generator \"" + g
                            + "\" (expected circle, xor, gauss, spiral, sine, plane or reg-gauss)");
                }
                if (regression) {
                    int features = org.backproplab.data.RegressionGenerators.features(g);
                    if (arch.inputSize() != features || arch.outputSize() != 1) {
                        throw f.error("network.layers", "generator \"" + g + "\" gives " + features
                                + " input(s) and 1 target, the network has " + arch.inputSize() + " inputs and "
                                + arch.outputSize() + " outputs");
                    }
                } else if (arch.inputSize() != 2) {
                    throw f.error("network.layers[0]", "generator data has 2 features, the network has " + arch.inputSize());
                }
                String problem = regression ? null : ClassLabels.outputSizeProblem(2, arch);
                if (problem != null) {
                    throw f.error("network.layers", "generator data has 2 classes: " + problem);
                }
                double noise = f.optionalNumber(n, "data", "noise", 0);
                if (noise < 0 || noise > 1) {
                    throw f.error("data.noise", "expected a number in [0, 1], found " + noise);
                }
                int points = f.optionalInt(n, "data", "points", 1, Limits.MAX_ROWS, 200);
                if (Limits.activationsProblem(points, totalUnits(arch)) != null) {
                    throw f.error("data.points", Limits.activationsProblem(points, totalUnits(arch)));
                }
                return new DataSpec.Generator(g, points, noise,
                        f.optionalInteger(n, "data", "seed", Long.MIN_VALUE, 1), testFraction(n));
            }
            throw f.error("data", "expected inline \"inputs\"/\"targets\", a \"csv\" file or a \"generator\"");
        }

        static long totalUnits(Architecture arch) {
            long total = 0;
            for (int size : arch.sizes()) {
                total += size;
            }
            return total;
        }

        double testFraction(JsonNode n) {
            double v = f.optionalNumber(n, "data", "testFraction", 0);
            if (v < 0 || v >= 1) {
                throw f.error("data.testFraction", "expected a number in [0, 1), found " + v);
            }
            return v;
        }

        TrainingSettings training(JsonNode n) {
            if (!n.isObject()) {
                throw f.error("training", "expected an object, found " + JsonFields.describe(n));
            }
            JsonNode o = n.get("optimizer");
            Optimizer.Kind kind = Optimizer.Kind.SGD;
            double lr = 0.1;
            double momentum = 0;
            if (o != null && !o.isNull()) {
                if (!o.isObject()) {
                    throw f.error("training.optimizer", "expected an object, found " + JsonFields.describe(o));
                }
                try {
                    kind = Optimizer.Kind.fromId(f.optionalText(o, "training.optimizer", "type", "sgd"));
                } catch (IllegalArgumentException e) {
                    throw f.error("training.optimizer.type", e.getMessage());
                }
                lr = f.optionalNumber(o, "training.optimizer", "learningRate", 0.1);
                if (lr <= 0) {
                    throw f.error("training.optimizer.learningRate", "expected a number > 0, found " + lr);
                }
                momentum = switch (kind) {
                    case MOMENTUM -> f.optionalNumber(o, "training.optimizer", "beta", 0.9);
                    case NESTEROV -> f.optionalNumber(o, "training.optimizer", "momentum", 0.9);
                    default -> 0.0;
                };
                if (momentum < 0 || momentum >= 1) {
                    throw f.error("training.optimizer." + (kind == Optimizer.Kind.MOMENTUM ? "beta" : "momentum"),
                            "expected a number in [0, 1), found " + momentum);
                }
            }
            double l2 = 0;
            JsonNode r = n.get("regularization");
            if (r != null && !r.isNull()) {
                l2 = f.optionalNumber(r, "training.regularization", "l2", 0);
                if (l2 < 0) {
                    throw f.error("training.regularization.l2", "expected a number ≥ 0, found " + l2);
                }
            }
            return new TrainingSettings(kind, lr, momentum, l2,
                    f.optionalInt(n, "training", "batchSize", 0, Limits.MAX_BATCH_SIZE, 0),
                    f.optionalInt(n, "training", "epochs", 1, Limits.MAX_EPOCHS, 100),
                    f.optionalInteger(n, "training", "seed", Long.MIN_VALUE, 1),
                    f.optionalBoolean(n, "training", "shuffle", false));
        }
    }
}
