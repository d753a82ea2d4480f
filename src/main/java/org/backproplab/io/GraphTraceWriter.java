package org.backproplab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.backproplab.engine.graph.GraphTrace;

/**
 * Writes the {@code backprop-lab/graph-trace-1} JSON of a graph lab:
 * {@code {"format": …, "output": "e", "nodes": [{"id", "name", "op", "inputs", "value",
 * "localDerivatives", "gradient"}, …]}}, nodes in evaluation order, every number at full double
 * precision and a non-finite one as the bare token {@code Infinity}, {@code -Infinity} or
 * {@code NaN}, as {@link TraceWriter} writes them. A {@code "^"} node also gives its constant
 * {@code exponent}.
 */
public final class GraphTraceWriter {
    /** The format tag. */
    public static final String FORMAT = "backprop-lab/graph-trace-1";

    private GraphTraceWriter() {
    }

    /**
     * @param trace the evaluated graph
     * @param out   destination (flushed, not closed)
     */
    public static void write(GraphTrace trace, OutputStream out) {
        try {
            JsonFactory factory = JsonFactory.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();
            JsonGenerator json = factory.createGenerator(out).useDefaultPrettyPrinter();
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("output", trace.outputName());
            json.writeArrayFieldStart("nodes");
            for (GraphTrace.Node n : trace.nodes()) {
                json.writeStartObject();
                json.writeNumberField("id", n.id());
                json.writeStringField("name", n.name());
                json.writeStringField("op", n.op());
                json.writeArrayFieldStart("inputs");
                for (int in : n.inputs()) {
                    json.writeNumber(in);
                }
                json.writeEndArray();
                json.writeNumberField("value", n.value());
                json.writeArrayFieldStart("localDerivatives");
                for (double d : n.localDerivatives()) {
                    json.writeNumber(d);
                }
                json.writeEndArray();
                json.writeNumberField("gradient", n.gradient());
                if (n.op().equals("^")) {
                    json.writeNumberField("exponent", n.exponent());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
