/**
 * Graph programs: small scalar programs ({@code c = a + b; d = b + 1; e = c * d}) parsed into
 * an {@link org.backproplab.engine.ScalarGraph}, with reverse-mode gradients, the sum over
 * paths of edge-derivative products, and an immutable {@link org.backproplab.engine.graph.GraphTrace}
 * for traces and views. The functions are the engine's activations (their value and derivative
 * live in {@link org.backproplab.engine.Activation}) plus exp and log. Depends only on the
 * engine; never on javafx.*, io or ui.
 */
package org.backproplab.engine.graph;
