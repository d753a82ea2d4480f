/**
 * The engine benchmark workloads of BENCHMARKS.md (W1 iris, W2 spiral, W3 digits): their data,
 * networks, shared Glorot initialisation and the timing protocol. The workloads train through the
 * engine's own {@link org.backproplab.engine.Network#computeGradients} and
 * {@link org.backproplab.engine.Network#applyUpdateInPlace}, so the figures measure the engine the
 * app uses. Depends on {@code engine} and {@code data} (for {@code DataException}) only; never on
 * {@code javafx.*}, {@code sim}, {@code io} or {@code cli}.
 */
package org.backproplab.bench;
