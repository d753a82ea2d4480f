/**
 * The command line on picocli: {@code trace}, {@code train}, {@code gradcheck}, {@code bench}
 * (with {@code bench ui}) and {@code app} behind one main, one small class per command, each
 * with {@code --help} and {@code --version}; {@code Main.commandLine} lists
 * them. Usage errors and bad input become one line on stderr and exit code 2; stdout carries
 * only a command's own output. Work limits of a run are checked before it starts
 * ({@code CommandBudget}).
 */
package org.backproplab.cli;
