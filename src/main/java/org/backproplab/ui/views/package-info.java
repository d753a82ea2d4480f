/**
 * The views of the desktop app: network graph, inspector, activation plot, loss chart and
 * decision regions. Each is a JavaFX Pane that renders an immutable
 * {@link org.backproplab.sim.Snapshot} on the FX thread and never touches the live network.
 * (On this branch they are plain-text versions; the full views come from the views branch.)
 *
 * <p>Depends on {@code engine}, {@code data} and {@code sim} (read-only) and JavaFX. Must not
 * depend on {@code org.backproplab.ui}, {@code io} or {@code cli}.
 */
package org.backproplab.ui.views;
