package org.backproplab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.backproplab.engine.LayerTrace;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;

/**
 * Writes the {@code backprop-lab/trace-1} JSON of DESIGN §5: one entry per iteration with
 * the pass's quantities and the parameters after the update, every number at full double
 * precision (the shortest decimal that reads back to the same double). A value that is not finite
 * (dJ/da of a bce output that rounded to exactly 0 or 1, say) is written as the bare tokens
 * {@code Infinity}, {@code -Infinity} or {@code NaN}, as Python's {@code json} module writes and
 * reads them, rather than as a string.
 */
public final class TraceWriter implements AutoCloseable {
    /** The trace format tag. */
    public static final String FORMAT = "backprop-lab/trace-1";

    private final JsonGenerator json;

    /**
     * Starts the document.
     *
     * @param out destination (not closed)
     */
    public TraceWriter(OutputStream out) {
        try {
            JsonFactory factory = JsonFactory.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();
            json = factory.createGenerator(out).useDefaultPrettyPrinter();
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("steps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param step  1-based iteration number
     * @param pass  the pass computed before the update
     * @param after the parameters after the update
     */
    public void writeStep(long step, Pass pass, Parameters after) {
        try {
            json.writeStartObject();
            json.writeNumberField("step", step);
            json.writeNumberField("loss", pass.loss());
            json.writeArrayFieldStart("layers");
            for (LayerTrace layer : pass.layers()) {
                json.writeStartObject();
                matrix("preActivation", layer.preActivation());
                matrix("activation", layer.activation());
                matrix("dLoss_dActivation", layer.dLossDActivation());
                matrix("dLoss_dPreActivation", layer.dLossDPreActivation());
                matrix("dLoss_dWeights", layer.dLossDWeights());
                json.writeFieldName("dLoss_dBiases");
                vectorOrNull(layer.dLossDBiases());
                json.writeEndObject();
            }
            json.writeEndArray();
            matrix("dLoss_dInput", pass.dLossDInput());
            json.writeArrayFieldStart("weightsAfter");
            for (int l = 0; l < after.architecture().layerCount(); l++) {
                writeMatrix(after.weightMatrix(l));
            }
            json.writeEndArray();
            json.writeFieldName("biasesAfter");
            if (after.hasBiases()) {
                json.writeStartArray();
                for (int l = 0; l < after.architecture().layerCount(); l++) {
                    vectorOrNull(after.biasesOf(l));
                }
                json.writeEndArray();
            } else {
                json.writeNull();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void matrix(String name, Matrix m) throws IOException {
        json.writeFieldName(name);
        writeMatrix(m);
    }

    private void writeMatrix(Matrix m) throws IOException {
        json.writeStartArray();
        for (int r = 0; r < m.rows(); r++) {
            json.writeStartArray();
            for (int c = 0; c < m.cols(); c++) {
                json.writeNumber(m.get(r, c));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private void vectorOrNull(double[] v) throws IOException {
        if (v == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (double x : v) {
            json.writeNumber(x);
        }
        json.writeEndArray();
    }

    /** Ends the document and flushes. */
    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
