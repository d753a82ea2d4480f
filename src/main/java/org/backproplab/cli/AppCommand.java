package org.backproplab.cli;

/** {@code app [LAB] [--snapshot FILE.png --steps N]}: opens the window. */
final class AppCommand {
    private AppCommand() {
    }

    static int run(Arguments args) {
        throw new UsageException("the window is being built");
    }
}
