package org.backproplab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.cli.Main;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.junit.jupiter.api.Test;

/**
 * The window's exports of a run, checked against the command line: Pass as JSON equals the
 * {@code trace} command's step of the same iteration, and the epoch rows of Curves as CSV equal
 * the {@code train} command's rows.
 */
class RunExportsTest {
    private static final Path XOR = Path.of("assets/lessons/xor-2-2-1.lab.json");

    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Stepper xor() {
        return new Stepper(LabRun.start(LabReader.read(XOR)), 64L << 20);
    }

    @Test
    void passJsonOfTheThirdIterationEqualsTracesThirdStep() throws Exception {
        Stepper stepper = xor();
        for (int i = 0; i < 3; i++) {
            stepper.forward(Granularity.ITERATION);
        }
        Snapshot s = stepper.snapshot(false);
        ObjectMapper json = new ObjectMapper();
        JsonNode exported = json.readTree(PassJson.of(s));
        JsonNode trace = json.readTree(cli("trace", XOR.toString(), "--steps", "3"));
        assertEquals("backprop-lab/trace-1", exported.get("format").asText());
        assertEquals(1, exported.get("steps").size());
        assertEquals(trace.get("steps").get(2), exported.get("steps").get(0));
    }

    @Test
    void passJsonWaitsForTheUpdatePhase() {
        Stepper stepper = xor();
        assertNotNull(PassJson.problem(stepper.snapshot(false)));
        stepper.forward(Granularity.PHASE);
        assertNotNull(PassJson.problem(stepper.snapshot(false)));
        stepper.forward(Granularity.ITERATION);
        assertNull(PassJson.problem(stepper.snapshot(false)));
    }

    @Test
    void curvesCsvEpochRowsEqualTrainsRows() {
        Stepper stepper = xor();
        for (int e = 0; e < 5; e++) {
            stepper.forward(Granularity.EPOCH);
        }
        String[] csv = CurvesCsv.of(stepper.snapshot(false)).split("\n");
        assertEquals(CurvesCsv.HEADER, csv[0]);
        // xor trains on its four rows in one batch: one iteration per epoch, one row each
        assertEquals(6, csv.length);
        List<String> epochColumns = new ArrayList<>();
        for (int i = 1; i < csv.length; i++) {
            String[] cells = csv[i].split(",", -1);
            assertEquals(Integer.toString(i), cells[0]);
            epochColumns.add(String.join(",", cells[2], cells[3], cells[4], cells[5], cells[6]));
        }
        String[] train = cli("train", XOR.toString(), "--epochs", "5").split("\\R");
        assertEquals(List.of(train).subList(1, 6), epochColumns);
    }
}
