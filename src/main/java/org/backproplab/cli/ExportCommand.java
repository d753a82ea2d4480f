package org.backproplab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSplit;
import org.backproplab.export.NumpyScript;
import org.backproplab.input.OneLine;
import org.backproplab.io.LabFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export LAB --to numpy [--epochs N]}: prints a self-contained NumPy script of the lab
 * whose output equals {@code train LAB [--epochs N]}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a self-contained NumPy script of the lab whose output equals train LAB.")
final class ExportCommand implements Callable<Integer> {
    private final PrintStream out;

    @Parameters(paramLabel = "LAB", description = "the lab file (backprop-lab/1 JSON)")
    private String lab;

    @Option(names = "--to", paramLabel = "FORMAT", description = "the script's language: numpy")
    private String to;

    @Option(names = "--epochs", paramLabel = "N", converter = OptionTypes.PositiveCount.class,
            description = "epochs the script trains (default: the lab's training.epochs)")
    private Integer epochs;

    ExportCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        if (to == null) {
            throw new UsageException("export needs --to numpy");
        }
        if (!to.equals("numpy")) {
            throw new UsageException("--to: unknown format " + OneLine.quote(to) + " (expected numpy)");
        }
        LabFile labFile = LabFiles.read(lab);
        int n = epochs != null ? epochs : labFile.training().epochs();
        DataSplit data = DataLoader.load(labFile.data(), labFile.architecture(), labFile.folder());
        String name = Path.of(lab).getFileName().toString();
        out.print(NumpyScript.write(labFile, labFile.initialParameters(), data, n, name));
        out.flush();
        return 0;
    }
}
