/**
 * The command line: {@code trace}, {@code train}, {@code gradcheck}, {@code bench} and {@code app}
 * behind one main. Turns bad input into one line on stderr and exit code 2.
 */
package org.backproplab.cli;
