package org.backproplab.io;

import java.nio.file.Path;

/**
 * A {@code backprop-lab/1} file of either kind: a network lab ({@link LabFile}) or a graph lab
 * ({@link GraphLab}, a computational graph with no network). Both carry a title and optional
 * notes for the lesson panel.
 */
public sealed interface LabDocument permits LabFile, GraphLab {
    /** @return the title shown in the lesson menu and window */
    String title();

    /** @return plain-text commentary (what to look at, what to try), "" when there is none */
    String notes();

    /** @return the file it was read from, or null */
    Path source();
}
