package org.backproplab.cli;

import picocli.CommandLine.Command;

/**
 * The top-level command {@code backprop-lab}: only its subcommands do work; {@code --help}
 * lists them and {@code --version} prints the version.
 */
@Command(name = "backprop-lab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Single-step backpropagation: the window (app, the default) and the command line.",
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {"", "With no command, or a lab file first, backprop-lab opens the window (app).",
            "Bad input prints one line naming the file and the place, and exits with code 2.", ""})
final class BackpropLabCommand {
}
