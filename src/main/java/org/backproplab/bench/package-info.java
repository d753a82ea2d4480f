/**
 * The engine benchmark workloads of BENCHMARKS.md (W1 iris, W2 spiral, W3 digits): their data,
 * networks, shared Glorot initialisation and the timing protocol. The workloads train through the
 * engine's own {@link org.backproplab.engine.Network#computeGradients} and
 * {@link org.backproplab.engine.Network#applyUpdateInPlace}, so the figures measure the engine the
 * app uses. Depends on {@code engine} and {@code data} (for {@code DataException}); the soak
 * harness ({@link org.backproplab.bench.SoakBenchmark}) also drives the {@code sim} training run
 * on the {@code io} lessons. Never on {@code javafx.*} or {@code cli}.
 */
package org.backproplab.bench;
