/**
 * The pure mathematics of Backprop Lab: activations and losses (each {@link
 * org.backproplab.engine.Activation} and {@link org.backproplab.engine.Loss} the one home of its
 * value, derivative, array loops, display-grade form and formula text), dense layers, the
 * network's forward and backward passes recorded as immutable {@link
 * org.backproplab.engine.Pass} objects, initialisers, optimisers, gradient checking and a scalar
 * computational graph. The dense loops sit behind {@code LayerKernels}, chosen once per
 * workspace, with plain textbook loops as the reference the fast ones equal bit for bit.
 * Deterministic given a seed. Depends on nothing but the JDK and the size limits of
 * {@code input} (checked by {@link org.backproplab.engine.Architecture}): never on
 * {@code javafx.*}, {@code data}, {@code sim}, {@code io}, {@code cli} or {@code ui}.
 */
package org.backproplab.engine;
