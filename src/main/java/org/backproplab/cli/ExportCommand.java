package org.backproplab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSplit;
import org.backproplab.export.NumpyScript;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;

/**
 * {@code export LAB --to numpy [--epochs N]}: prints a self-contained NumPy script of the lab
 * whose output equals {@code train LAB [--epochs N]}.
 */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(Arguments args, PrintStream out) {
        String file = args.onlyPositional("lab file");
        String to = args.options().get("--to");
        if (to == null) {
            throw new UsageException("export needs --to numpy");
        }
        if (!to.equals("numpy")) {
            throw new UsageException("--to: unknown format \"" + to + "\" (expected numpy)");
        }
        LabFile lab = LabReader.read(Path.of(file));
        int epochs = args.intOption("--epochs", lab.training().epochs(), 1);
        DataSplit data = DataLoader.load(lab.data(), lab.architecture(), lab.folder());
        String name = Path.of(file).getFileName().toString();
        out.print(NumpyScript.write(lab, lab.initialParameters(), data, epochs, name));
        out.flush();
        return 0;
    }
}
